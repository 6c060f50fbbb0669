/**
 * The e-mail scanners (rules/match/email.ts) find exactly what the backtracking patterns they replace found,
 * on the corpora's wordings and on many short generated strings; their cost on 20,000-character tokens is in `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { findEmails, findSpeltEmails } from '../../rules/match/email';

// The patterns as they were: quadratic on one long token, so only ever run here, on short strings.
const PLAIN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const SPELT = /[A-Za-z0-9._%+-]+(?:\s+dot\s+[A-Za-z0-9._%+-]+)*\s*(?:\[at\]|\(at\)|\{at\}|\s+at\s+)\s*[A-Za-z0-9-]+(?:\s*(?:\.|\[dot\]|\(dot\)|\s+dot\s+)\s*[A-Za-z0-9-]+)*\s*(?:\.|\[dot\]|\(dot\)|\s+dot\s+)\s*(?:com|co|uk|org|net|io|me|ie)\b(?:\s*(?:\.|\[dot\]|\(dot\)|\s+dot\s+)\s*uk\b)?/gi;
const byRegex = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

function* generated(count: number, seed: number): Generator<string> {
  const parts = ['a', 'b', 'x9', '.', '@', ' ', '  ', 'at', 'dot', 'com', 'co', 'uk', 'Org', '[at]', '(dot)', '{at}', '-', '_', '%', '\n', 'gmail', 'COM', 'é'];
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  const noise = (most: number) => {
    let text = '';
    const length = Math.floor(next() * most);
    for (let i = 0; i < length; i++) text += pick(parts);
    return text;
  };
  for (let n = 0; n < count; n++) {
    // Every other string is built like an address and then disturbed, so most edge cases are near a real match.
    if (n % 2) yield noise(24);
    else {
      const sep = () => pick(['.', ' dot ', ' (dot) ', '  .', '[dot]', ' dot', '..']);
      yield `${noise(4)}${pick(['a', 'x9', 'jo.e', 'dot', 'a dot b'])}${pick([' at ', '@', ' [at] ', '(at)', ' at', '{at}'])}${pick(['gmail', 'b', 'x-y', 'dot'])}${sep()}${pick(['com', 'co', 'uk', 'org', 'COM', 'c', 'me2', 'co-op'])}${next() < 0.5 ? sep() + pick(['uk', 'com', 'x']) : ''}${noise(4)}`;
    }
  }
}

describe('e-mail scanners', () => {
  it.each([
    ['plain', 'email me jane.doe@example.com today', [{ start: 9, end: 29 }], []],
    ['two in a row', 'a@b.co,c@d.org', [{ start: 0, end: 6 }, { start: 7, end: 14 }], []],
    ['second @ starts afresh', 'a@b@c.com', [{ start: 2, end: 9 }], []],
    ['bracketed', 'jane.doe [at] example [dot] co [dot] uk', [], [{ start: 0, end: 39 }]],
    ['spelt with dots in the name', 'email me at jodie dot marsh91 at gmail dot com', [], [{ start: 12, end: 46 }]],
  ])('%s', (_name, text, plain, spelt) => {
    expect(findEmails(text)).toEqual(plain);
    expect(findSpeltEmails(text)).toEqual(spelt);
  });

  it('agree with the old patterns on 30,000 generated strings', () => {
    let withAddress = 0;
    for (const text of generated(30_000, 7)) {
      const plain = byRegex(PLAIN, text);
      const spelt = byRegex(SPELT, text);
      if (plain.length || spelt.length) withAddress++;
      expect(findEmails(text), JSON.stringify(text)).toEqual(plain);
      expect(findSpeltEmails(text), JSON.stringify(text)).toEqual(spelt);
    }
    // The generator must actually make addresses, or agreeing means nothing.
    expect(withAddress).toBeGreaterThan(1000);
    // Many strings on a shared machine: a generous limit, not a timing.
  }, 60_000);

  it('stay correct on one 20,000-character token', () => {
    expect(findEmails(`${'a'.repeat(19_990)}@b`)).toEqual([]);
    expect(findEmails(`x@${'ab.'.repeat(6_666)}`)).toEqual([{ start: 0, end: 19_999 }]);
    expect(findSpeltEmails('a at b dot '.repeat(1_800))).toEqual([]);
  });
});

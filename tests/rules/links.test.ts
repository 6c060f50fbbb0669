/**
 * The link scanner (rules/match/links.ts) finds exactly what the backtracking pattern it
 * replaces found, on hand-picked links and on many short generated strings; its cost on
 * 20,000-character runs is in `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { findLinks } from '../../rules/match/links';

// The pattern as it was: quadratic on one long run of letters and dashes, so only ever run here, on short strings.
const TLDS = 'com|co\\.uk|org\\.uk|org|uk|net|io|info|biz|me|app|page|site|online|example|sch\\.uk|ac\\.uk|gov\\.uk|ie|eu|edu|nhs\\.uk';
const URL = new RegExp(
  `(?<![@\\w.])(?:(?:https?://)(?:[\\w-]+\\.)+[a-z]{2,}|(?:www\\.)(?:[\\w-]+\\.)+[a-z]{2,}|(?:[a-z0-9][\\w-]*\\.)+(?:${TLDS}))(?![\\w-])(?:/[^\\s<>"'\\])]*)?`,
  'gi',
);
function byRegex(text: string) {
  return [...text.matchAll(URL)].map((m) => {
    const raw = m[0].replace(/[.,!?;:]+$/, '');
    const withoutScheme = raw.replace(/^https?:\/\//i, '');
    const slash = withoutScheme.indexOf('/');
    return { start: m.index, end: m.index + raw.length, host: (slash < 0 ? withoutScheme : withoutScheme.slice(0, slash)).toLowerCase(), path: slash < 0 ? '' : withoutScheme.slice(slash) };
  });
}

function* generated(count: number, seed: number): Generator<string> {
  const parts = ['a', 'B', 'x9', '7', '.', '-', '_', '@', ' ', '/', '?', ':', ',', '!', ')', "'", 'http', 'HTTPS', '://', 'www', 'WWW.', 'com', 'Co', 'uk', 'org', 'sch', 'io', 'info', 'nhs', 'é', '\u000e', '\n'];
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
    // Every other string is built like a link and then disturbed, so most edge cases are near a real match.
    if (n % 2) yield noise(24);
    else {
      const label = () => pick(['a', 'x-y', 'ab', 'a9', '-a', '_b', 'co', 'uk', 'sch', 'www', 'b2b', 'Little-Acorns']);
      const host = Array.from({ length: 1 + Math.floor(next() * 4) }, label).join('.');
      yield `${noise(4)}${pick(['', 'http://', 'https://', 'www.', 'HTTP://www.', 'http:/'])}${host}.${pick(['com', 'co.uk', 'org', 'io', 'x', 'c0m', 'info', 'gov.uk', 'nhs.uk', 'uk2', 'Com'])}${pick(['', '/', '/a/b?c=1', '/x).', '/p.,', '-', '_', '.'])}${noise(4)}`;
    }
  }
}

describe('link scanner', () => {
  it.each([
    ['plain', 'see littleacorns.co.uk today', [{ start: 4, end: 22, host: 'littleacorns.co.uk', path: '' }]],
    ['scheme and path', 'at https://www.Example.com/news/1. Bye', [{ start: 3, end: 33, host: 'www.example.com', path: '/news/1' }]],
    ['after an @ it is an address, not a link', 'jo@example.com', []],
    ['a TLD running on is no TLD', 'example.community', []],
    ['labels given back until one ends it', 'https://a.bc.d9', [{ start: 0, end: 12, host: 'a.bc', path: '' }]],
  ])('%s', (_name, text, links) => {
    expect(findLinks(text)).toEqual(links);
  });

  it('agrees with the old pattern on 40,000 generated strings', () => {
    let withLink = 0;
    for (const text of generated(40_000, 11)) {
      const expected = byRegex(text);
      if (expected.length) withLink++;
      expect(findLinks(text), JSON.stringify(text)).toEqual(expected);
    }
    // The generator must actually make links, or agreeing means nothing.
    expect(withLink).toBeGreaterThan(8000);
  }, 60_000);

  it('stays correct on 20,000-character runs', () => {
    expect(findLinks('a-'.repeat(10_000))).toEqual([]);
    expect(findLinks('a-a.'.repeat(5_000))).toEqual([]);
    const long = `x.com/${'a.,'.repeat(6_000)}`;
    expect(findLinks(long)).toEqual([{ start: 0, end: long.length - 2, host: 'x.com', path: long.slice(5, -2) }]);
  });
});

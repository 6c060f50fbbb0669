/** Packs made to break or fool the validator: inherited names, sizes, nesting, regex cost, versions, duplicate keys, hidden characters. */
import { describe, expect, it } from 'vitest';
import { PACK_LIMITS, parsePack } from '../../rules';

const minimal = { format: 'second-look/pack@1', id: 'tiny', version: 1, setting: { name: 'Tiny Tots' } };
const errorsOf = (value: unknown) => {
  const r = parsePack(value);
  return r.ok ? [] : r.errors;
};
const text = (value: unknown) => JSON.stringify(value);

describe('names JavaScript objects answer to', () => {
  // As JSON text, so "__proto__" is a real key, as it is in a file or a fetched pack.
  const at = (where: string, key: string) => {
    const json = text(minimal).slice(0, -1);
    switch (where) {
      case 'the pack': return `${json},"${key}":{"enabled":true}}`;
      case 'setting': return json.replace('"setting":{', `"setting":{"${key}":"x",`) + '}';
      case 'categories': return `${json},"categories":{"${key}":{"enabled":false}}}`;
      case 'policy.clauses': return `${json},"policy":{"clauses":{"${key}":"A clause."}}}`;
      default: return `${json},"terms":[{"id":"t","category":"confidential","phrases":["x"],"${key}":"y"}]}`;
    }
  };
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf'].flatMap((key) =>
    ['the pack', 'setting', 'categories', 'policy.clauses', 'a term'].map((where) => [key, where] as const),
  ))('"%s" in %s is refused by name', (key, where) => {
    const errors = errorsOf(at(where, key));
    expect(errors.join('\n')).toContain(`"${key}" is a reserved name`);
  });

  it('required fields must be the pack\'s own, not inherited', () => {
    const inherited = Object.assign(Object.create({ format: 'second-look/pack@1', id: 'tiny', version: 1 }), { setting: { name: 'Tiny Tots' } });
    expect(errorsOf(inherited)).toEqual(['format: missing (required)', 'id: missing (required)', 'version: missing (required)']);
  });

  it('an accepted pack is plain data: nothing reaches Object.prototype', () => {
    const r = parsePack(`${text(minimal).slice(0, -1)},"people":{"children":["Ann Lee"]}}`);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('limits, each named in its error', () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `Child ${i}`);
  it.each([
    ['children', { ...minimal, people: { children: names(5_001) } }, 'people.children: 5,001 entries, more than the 5,000 a pack may hold here'],
    ['staff', { ...minimal, people: { staff: names(1_001) } }, 'people.staff: 1,001 entries, more than the 1,000'],
    ['aliases', { ...minimal, setting: { name: 'Tiny Tots', aliases: names(51) } }, 'setting.aliases: 51 entries'],
    ['logos', { ...minimal, setting: { name: 'Tiny Tots', logos: Array.from({ length: 5 }, () => ({ label: 'l', src: 'data:image/png;base64,AAAA' })) } }, 'setting.logos: 5 entries'],
    ['terms', { ...minimal, terms: Array.from({ length: 1_001 }, (_, i) => ({ id: `t${i}`, category: 'confidential', phrases: ['x'] })) }, 'terms: 1,001 entries'],
    ['phrases in a term', { ...minimal, terms: [{ id: 't', category: 'confidential', phrases: names(1_001) }] }, 'terms[0].phrases: 1,001 entries'],
    ['phrases in all', { ...minimal, terms: Array.from({ length: 21 }, (_, i) => ({ id: `t${i}`, category: 'confidential', phrases: names(1_000) })) }, 'terms: 21,000 phrases in all, more than the 20,000'],
    ['regexes in all', { ...minimal, terms: Array.from({ length: 6 }, (_, i) => ({ id: `t${i}`, category: 'profanity', regex: Array.from({ length: 20 }, (_, k) => `w${k}x`) })) }, 'terms: 120 regexes in all, more than the 100'],
    ['regex cost', { ...minimal, terms: [{ id: 'costly', category: 'profanity', regex: ['(a|b|c|d|e){1000}', '(f|g|h|i|j){1000}'] }] }, 'terms[0].regex[1]: term "costly": the pack\'s regexes together are too costly'],
    ['a logo label', { ...minimal, setting: { name: 'Tiny Tots', logos: [{ label: 'x'.repeat(201), src: 'data:image/png;base64,AAAA' }] } }, 'setting.logos[0].label: expected at most 200 characters'],
    ['a logo picture', { ...minimal, setting: { name: 'Tiny Tots', logos: [{ label: 'main', src: `data:image/png;base64,${'A'.repeat(400_000)}` }] } }, 'setting.logos[0].src: expected at most 400000 characters'],
    ['a signature', { ...minimal, signature: { alg: 'Ed25519', keyId: 'k', value: 'A'.repeat(201) } }, 'signature.value: expected at most 200 characters'],
  ])('%s', (_name, value, message) => {
    expect(errorsOf(value).join('\n')).toContain(message);
    expect(errorsOf(text(value)).join('\n')).toContain(message);
  });

  it('the file size', () => {
    const big = `${text(minimal).slice(0, -1)},"allow":[${'"x",'.repeat(600_000)}"x"]}`;
    expect(big.length).toBeGreaterThan(PACK_LIMITS.chars);
    expect(errorsOf(big)).toEqual([expect.stringMatching(/^\(the pack\): the file is 2\.\d MB, more than the 2 MB a pack may be/)]);
  });

  it('nesting, in text and in a value, without overflowing the stack', () => {
    const deepText = `${text(minimal).slice(0, -1)},"allow":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(errorsOf(deepText)).toEqual([`allow${'[0]'.repeat(7)}: lists and objects nested more than 8 deep; a pack needs at most 4`]);
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(errorsOf({ ...minimal, allow: deep })[0]).toMatch(/^allow(\[0\])+: lists and objects nested more than 8 deep/);
  });

  it('a value with more entries than any pack holds is refused before it is walked', () => {
    expect(errorsOf({ ...minimal, colour: new Array(200_000).fill(0) })).toEqual(['(the pack): more than 100,000 values, more than a pack may hold']);
  });

  it('duplicate term ids are each reported once, in one pass', () => {
    const terms = Array.from({ length: 1_000 }, () => ({ id: 'same', category: 'confidential', phrases: ['x'] }));
    const errors = errorsOf({ ...minimal, terms });
    expect(errors).toHaveLength(999);
    expect(new Set(errors).size).toBe(999);
    expect(errors[998]).toBe('terms[999].id: "same" is already used by terms[0]');
  });
});

describe('versions', () => {
  it.each([
    ['1e21', 1e21],
    ['2^53', 2 ** 53],
    ['Infinity as text', '1e400'],
  ])('%s is refused', (_name, version) => {
    const json = typeof version === 'string' ? text(minimal).replace('"version":1', `"version":${version}`) : text({ ...minimal, version });
    expect(errorsOf(json).join('\n')).toMatch(/^version: expected (a whole number from 1 to 9007199254740991|a whole number), got/);
  });

  it('the largest safe integer is a version', () => {
    expect(parsePack({ ...minimal, version: Number.MAX_SAFE_INTEGER }).ok).toBe(true);
  });
});

describe('what JSON.parse lets through', () => {
  it('a key written twice is refused, wherever it is, however it is spelt', () => {
    expect(errorsOf('{"format":"second-look/pack@1","id":"tiny","version":1,"version":2,"setting":{"name":"Tiny Tots"}}')).toEqual([
      '(the pack): "version" appears twice; JSON keeps only the last, so remove one',
    ]);
    expect(errorsOf('{"format":"second-look/pack@1","id":"tiny","version":1,"setting":{"name":"Tiny Tots","n\\u0061me":"Other"}}')).toEqual([
      'setting: "name" appears twice; JSON keeps only the last, so remove one',
    ]);
    expect(errorsOf('{"format":"second-look/pack@1","id":"tiny","version":1,"setting":{"name":"Tiny Tots"},"terms":[{"id":"a","category":"confidential","phrases":["x"]},{"id":"b","id":"c","category":"confidential","phrases":["x"]}]}')).toEqual([
      'terms[1]: "id" appears twice; JSON keeps only the last, so remove one',
    ]);
  });

  it('keys that only look alike are not duplicates', () => {
    expect(parsePack('{"format":"second-look/pack@1","id":"tiny","version":1,"setting":{"name":"Tiny Tots"},"categories":{"profanity":{"enabled":true}},"policy":{"clauses":{"profanity":"No swearing."}}}').ok).toBe(true);
  });

  it('a byte-order mark at the start is read past', () => {
    const r = parsePack(`\ufeff${text(minimal)}`);
    expect(r).toMatchObject({ ok: true, pack: { id: 'tiny' } });
  });

  it.each([
    ['NUL in the name', { ...minimal, setting: { name: 'Tiny\u0000Tots' } }, 'setting.name: contains a control character (U+0000) at position 5'],
    ['a right-to-left override in a child', { ...minimal, people: { children: ['Oli\u202ever Brooks'] } }, 'people.children[0]: contains a character that changes the direction text is shown in (U+202E) at position 4'],
    ['an isolate in staff', { ...minimal, people: { staff: ['\u2067Priya Shah'] } }, 'people.staff[0]: contains a character that changes the direction text is shown in (U+2067)'],
    ['a zero-width space in an alias', { ...minimal, setting: { name: 'Tiny Tots', aliases: ['Tiny\u200bTots'] } }, 'setting.aliases[0]: contains an invisible character (U+200B) at position 5'],
    ['a soft hyphen in a phrase', { ...minimal, terms: [{ id: 't', category: 'confidential', phrases: ['safe\u00adguarding'] }] }, 'terms[0].phrases[0]: contains an invisible character (U+00AD)'],
    ['a line break in a name', { ...minimal, people: { children: ['Ann\nLee'] } }, 'people.children[0]: contains a line break or tab (U+000A) at position 4; a name is one line'],
    ['a hidden character in a field name', { ...minimal, ['id\u200b']: 'x' }, '(the pack): a field name contains an invisible character (U+200B)'],
  ])('%s is refused', (_name, value, message) => {
    expect(errorsOf(value).join('\n')).toContain(message);
  });

  it('line breaks stay allowed in messages and clauses, and joiners that scripts need in names', () => {
    expect(parsePack({ ...minimal, terms: [{ id: 't', category: 'confidential', phrases: ['x'], message: 'Line one.\nLine two.' }], policy: { clauses: { confidential: 'One.\nTwo.' } } }).ok).toBe(true);
    expect(parsePack({ ...minimal, people: { children: ['Mehr\u200cnaz Karimi'] } }).ok).toBe(true);
  });
});

describe('logos are inline pictures only', () => {
  it.each([
    ['a web address', 'https://evil.example/logo.png'],
    ['a data URL that is not base64', 'data:image/png,<svg/>'],
    ['a data URL followed by an address', 'data:image/png;base64,AAAA https://evil.example/x.png'],
    ['a blob URL', 'blob:https://x/1'],
  ])('%s is refused', (_name, src) => {
    expect(errorsOf({ ...minimal, setting: { name: 'Tiny Tots', logos: [{ label: 'main', src }] } }).join('\n')).toContain('setting.logos[0].src: expected a data: URL');
  });
});

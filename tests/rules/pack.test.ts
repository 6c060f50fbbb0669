import { describe, expect, it } from 'vitest';
import { canonicalJson, compile, demoPack, generateKeyPair, parsePack, signPack, verifyPack } from '../../rules';
import { requiredLiteral } from '../../rules/match/required-literal';
import demoJson from '../../rules/pack/demo-pack.json';

const minimal = { format: 'second-look/pack@1', id: 'tiny', version: 1, setting: { name: 'Tiny Tots' } };
const errorsOf = (value: unknown) => {
  const r = parsePack(value);
  return r.ok ? [] : r.errors;
};

describe('pack validation', () => {
  it('accepts the demo pack and the minimal pack, filling defaults', () => {
    expect(parsePack(demoJson).ok).toBe(true);
    const r = parsePack(minimal);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.pack.people).toEqual({ children: [], staff: [] });
      expect(r.pack.terms).toEqual([]);
      expect(r.pack.setting.aliases).toEqual([]);
    }
  });

  it.each([
    ['a child that is not a string', { ...minimal, people: { children: ['Ann Lee', 'Bo', 42] } }, 'people.children[2]: expected a string, got 42'],
    ['missing name', { ...minimal, setting: {} }, 'setting.name: missing (required)'],
    ['wrong format', { ...minimal, format: 'pack@2' }, 'format: expected "second-look/pack@1", got "pack@2"'],
    ['version zero', { ...minimal, version: 0 }, 'version: expected a number of at least 1, got 0'],
    ['version not whole', { ...minimal, version: 1.5 }, 'version: expected a whole number, got 1.5'],
    ['unknown field', { ...minimal, colour: 'red' }, 'colour: not a field here'],
    ['unknown category', { ...minimal, categories: { gossip: { enabled: true } } }, 'categories.gossip: not a known name here'],
    ['bad severity', { ...minimal, terms: [{ id: 't', category: 'profanity', phrases: ['x'], severity: 'extreme' }] }, 'terms[0].severity: expected one of "low", "medium", "high", got "extreme"'],
    ['image category in a term', { ...minimal, terms: [{ id: 't', category: 'logo', phrases: ['x'] }] }, 'terms[0].category: expected one of'],
    ['term with nothing to match', { ...minimal, terms: [{ id: 'empty', category: 'confidential' }] }, 'terms[0]: term "empty" needs at least one of "phrases" or "regex"'],
    ['duplicate term ids', { ...minimal, terms: [{ id: 'a', category: 'confidential', phrases: ['x'] }, { id: 'a', category: 'confidential', phrases: ['y'] }] }, 'terms[1].id: "a" is already used by terms[0]'],
    ['regex that does not compile', { ...minimal, terms: [{ id: 'bad-re', category: 'profanity', regex: ['ok', 'a(b'] }] }, 'terms[0].regex[1]: term "bad-re": regex does not compile'],
    ['regex needing backtracking', { ...minimal, terms: [{ id: 'backref', category: 'profanity', regex: ['(a)\\1'] }] }, 'terms[0].regex[0]: term "backref": regex does not compile'],
    ['bad date', { ...minimal, updated: 'yesterday' }, 'updated: expected a date and time'],
    ['logo not a data URL', { ...minimal, setting: { name: 'Tiny Tots', logos: [{ label: 'main', src: 'https://x/logo.png' }] } }, 'setting.logos[0].src: expected a data: URL'],
  ])('%s', (_name, value, message) => {
    expect(errorsOf(value).join('\n')).toContain(message);
  });

  it('lists every problem at once, not just the first', () => {
    const errors = errorsOf({ ...minimal, version: 0, people: { children: [1, 2] }, terms: [{ id: 'r', category: 'profanity', regex: ['('] }] });
    expect(errors).toHaveLength(4);
  });

  it('names the position of a broken regex', () => {
    const [error] = errorsOf({ ...minimal, terms: [{ id: 'r', category: 'profanity', regex: ['abc(?<x'] }] });
    expect(error).toMatch(/at position \d+/);
  });

  it('explains text that is not JSON, with line and column', () => {
    expect(errorsOf('{\n  "id": "x",\n  oops\n}')[0]).toMatch(/^not valid JSON: .* at line 3, column \d+/);
  });

  it('says where a social page goes when one is given as a domain', () => {
    const [error] = errorsOf({ ...minimal, setting: { name: 'Tiny Tots', domains: ['facebook.com/TinyTotsNursery'] } });
    expect(error).toMatch(/^setting\.domains\[0\]: .*goes in setting\.handles.*got "facebook\.com\/TinyTotsNursery"$/);
  });

  it('rejects things that are not packs at all', () => {
    expect(errorsOf(null)[0]).toBe('(the pack): expected an object, got null');
    expect(errorsOf([])[0]).toBe('(the pack): expected an object, got a list');
  });
});

describe('canonical JSON and signatures', () => {
  it('sorts keys at every depth and drops white space', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('signs and verifies; any change, or another key, fails', async () => {
    const keys = await generateKeyPair();
    const signed = await signPack(demoJson as Record<string, unknown>, keys.privateKey, 'la-2026');
    const trusted = [{ keyId: 'la-2026', publicKey: keys.publicKey }];
    expect(await verifyPack(signed, trusted)).toEqual({ ok: true, keyId: 'la-2026' });
    // Key order and white space do not matter: the signature covers canonical JSON.
    const reordered = Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(signed, null, 4))).reverse());
    expect((await verifyPack(reordered, trusted)).ok).toBe(true);
    const tampered = { ...signed, version: 99 };
    expect(await verifyPack(tampered, trusted)).toMatchObject({ ok: false, reason: 'bad-signature' });
    const other = await generateKeyPair();
    expect(await verifyPack(signed, [{ keyId: 'la-2026', publicKey: other.publicKey }])).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(await verifyPack(signed, [{ keyId: 'other', publicKey: keys.publicKey }])).toMatchObject({ ok: false, reason: 'unknown-key' });
    expect(await verifyPack(demoJson as Record<string, unknown>, trusted)).toMatchObject({ ok: false, reason: 'unsigned' });
    expect(parsePack(signed).ok).toBe(true);
  });

  it('refuses a malformed trusted key with a reason, not an exception', async () => {
    const keys = await generateKeyPair();
    const signed = await signPack(demoJson as Record<string, unknown>, keys.privateKey, 'k');
    expect(await verifyPack(signed, [{ keyId: 'k', publicKey: 'not base64!' }])).toMatchObject({ ok: false, reason: 'bad-key' });
  });
});

describe('pack terms in checks', () => {
  it('runs regex terms and reports the term id and message', () => {
    const term = { id: 'grades', category: 'confidential' as const, phrases: [], regex: ['\\bgrade\\s*\\d\\b'], severity: 'high' as const, message: 'Grades are not shared.' };
    const findings = compile({ ...demoPack, terms: [term] }).check('We got a Grade 3 again').filter((f) => f.ruleId === 'grades');
    expect(findings).toMatchObject([{ category: 'confidential', ruleId: 'grades', severity: 'high', match: 'Grade 3', message: 'Grades are not shared.' }]);
  });

  it.each([
    ['a counted repeat', 'ab\\d{2}cde', 'code ab12cde here'],
    ['a hex escape', '\\x41bcd[0-9]', 'see abcd7 now'],
  ])('a pack regex with %s fires (its prefilter reads it right)', (_name, source, text) => {
    const pack = { ...demoPack, terms: [{ id: 'code', category: 'confidential' as const, phrases: [], regex: [source], severity: 'high' as const }] };
    expect(compile(pack).check(text).filter((f) => f.ruleId === 'code')).toHaveLength(1);
  });

  it.each([
    ['plain', '\\bgrade[- ]?\\d{2,4}\\b', 'grade'],
    ['optional letter ends the run', 'colou?r', 'colo'],
    ['repetition keeps one copy', '\\bwtf+\\b', 'wtf'],
    ['top-level alternation has none', 'cat|dog', null],
    ['groups are skipped', '(?:big )?bad wolf', 'bad wolf'],
    ['classes end the run', 'ab[cd]ef', null],
    ['escaped punctuation is literal', 'a\\.b\\.c', 'a.b.c'],
    ['a counted repeat is no literal', 'ab\\d{2}cde', 'cde'],
    ['a counted repeat of a letter', 'abc{2}defg', 'defg'],
    ['a hex escape is no literal', '\\x41bcd', 'bcd'],
    ['a braced hex escape', '\\x{263A}wxyz', 'wxyz'],
  ])('required literal: %s', (_name, source, literal) => {
    expect(requiredLiteral(source)).toBe(literal);
  });
});

describe('signatures that must not verify', () => {
  const zeros = (n: number) => btoa(String.fromCharCode(...new Uint8Array(n)));
  it('a signature of zeros with a small-order key verifies nothing', async () => {
    const forged = { ...demoJson, signature: { alg: 'Ed25519', keyId: 'k', value: zeros(64) } } as Record<string, unknown>;
    expect(await verifyPack(forged, [{ keyId: 'k', publicKey: zeros(32) }])).toMatchObject({ ok: false, reason: 'bad-key' });
  });

  it('every key sharing the key id is tried', async () => {
    const [a, b] = [await generateKeyPair(), await generateKeyPair()];
    const signed = await signPack(demoJson as Record<string, unknown>, b.privateKey, 'rotating');
    const trusted = [{ keyId: 'rotating', publicKey: a.publicKey }, { keyId: 'rotating', publicKey: b.publicKey }];
    expect(await verifyPack(signed, trusted)).toEqual({ ok: true, keyId: 'rotating' });
  });
});

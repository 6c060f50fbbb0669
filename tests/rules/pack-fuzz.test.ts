/**
 * Hostile packs, generated: each goes through `second-look pack validate`, the background's judgement and `compile`.
 * Every one must be refused with messages that name a field, or accepted by all three and compile and check;
 * none may crash or take longer than the bound. The counts are printed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, parsePack } from '../../rules';
import { main } from '../../rules/cli';
import demoJson from '../../rules/pack/demo-pack.json';
import { judgeCandidate } from '../../entrypoints/background/accept';

const PACKS = 1_200;
/** Per pack, through all three: far above what any pack within the limits costs, far below what the old validator took. */
const BOUND_MS = 5_000;

const base = () => JSON.parse(JSON.stringify({ ...demoJson, setting: { ...demoJson.setting, logos: [] } })) as Record<string, unknown>;
const RESERVED = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf', '__lookupGetter__'];
const HIDDEN = ['\u0000', '\u202e', '\u2066', '\u200b', '\ufeff', '\u00ad', '\n', '\u200f', '\u0007'];
const ODD_VALUES: unknown[] = [null, 0, -1, 1.5, 1e21, 2 ** 53, '', 'x', [], {}, [1, 2], { a: 1 }, true, 'A'.repeat(600), '\u202eevil'];

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** Every path to an object or list inside a value, to aim mutations at. */
function containers(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return out;
  out.push(path);
  for (const [k, v] of Object.entries(value)) containers(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  return out;
}
const at = (root: unknown, path: (string | number)[]) => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);

/** One hostile pack as file text, and the kind of hostility (for the counts). */
function hostile(n: number): { kind: string; text: string } {
  const r = rng(n * 7919 + 1);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const pack = base();
  const all = containers(pack);
  const target = pick(all);
  const holder = at(pack, target) as Record<string, unknown> | unknown[];
  const keys = Object.keys(holder);
  const kinds = ['reserved-key', 'odd-value', 'hidden-character', 'duplicate-key', 'deep', 'too-many', 'long-string', 'regex', 'version', 'logo', 'broken-text', 'bom', 'benign'] as const;
  const kind = kinds[n % kinds.length]!;
  switch (kind) {
    case 'reserved-key': {
      const key = pick(RESERVED);
      // Spliced into the text so "__proto__" is a real key, as in a file.
      const text = JSON.stringify(pack);
      const path = JSON.stringify(target.length ? target : []);
      void path;
      const marker = '"format":"second-look/pack@1"';
      return { kind, text: text.replace(marker, `${marker},"${key}":${JSON.stringify(pick(ODD_VALUES))}`) };
    }
    case 'odd-value': {
      if (Array.isArray(holder)) holder[Math.floor(r() * (holder.length + 1))] = pick(ODD_VALUES);
      else if (keys.length) holder[pick(keys)] = pick(ODD_VALUES);
      return { kind, text: JSON.stringify(pack) };
    }
    case 'hidden-character': {
      const people = pack.people as { children: string[]; staff: string[] };
      const list = r() < 0.5 ? people.children : people.staff;
      const i = Math.floor(r() * list.length);
      const name = list[i]!;
      const cut = Math.floor(r() * name.length);
      list[i] = name.slice(0, cut) + pick(HIDDEN) + name.slice(cut);
      return { kind, text: JSON.stringify(pack) };
    }
    case 'duplicate-key': {
      const text = JSON.stringify(pack);
      const key = pick(['"version":', '"id":', '"name":', '"children":', '"category":']);
      const where = text.indexOf(key);
      return { kind, text: `${text.slice(0, where)}${key}${JSON.stringify(pick(ODD_VALUES.filter((v) => typeof v !== 'object')))},${text.slice(where)}` };
    }
    case 'deep': {
      const depth = 5 + Math.floor(r() * 50_000);
      return { kind, text: JSON.stringify(pack).replace('"allow":[', `"allow":[${'['.repeat(depth)}${']'.repeat(depth)},`) };
    }
    case 'too-many': {
      const what = pick(['children', 'staff', 'terms', 'allow', 'aliases', 'phrases']);
      // Always past that field's limit (schema.json maxItems).
      const limit = { children: 5_000, staff: 1_000, terms: 1_000, allow: 1_000, aliases: 50, phrases: 1_000 }[what]!;
      const count = limit + 1 + Math.floor(r() * pick([1, 100, 50_000]));
      const many = Array.from({ length: count }, (_, i) => `Name ${i}`);
      if (what === 'children' || what === 'staff') (pack.people as Record<string, unknown>)[what] = many;
      else if (what === 'aliases') (pack.setting as Record<string, unknown>).aliases = many;
      else if (what === 'allow') pack.allow = many;
      else if (what === 'phrases') (pack.terms as { phrases: string[] }[])[0]!.phrases = many;
      else pack.terms = many.map((id) => ({ id: id.replace(' ', '-'), category: 'confidential', phrases: ['x'] }));
      return { kind, text: JSON.stringify(pack) };
    }
    case 'long-string': {
      const long = pick(['x', 'ab ', '\u00e9', '😀']).repeat(pick([121, 201, 501, 1_001, 100_000]));
      if (r() < 0.5) (pack.setting as Record<string, unknown>).name = long;
      else (pack.people as { children: string[] }).children.push(long);
      return { kind, text: JSON.stringify(pack) };
    }
    case 'regex': {
      const sources = ['(a|b|c|d|e){1000}', 'a(b', '(a)\\1', '(?<=x)y', '[a-z]{1000}', '\\p{Greek}+', '.*'.repeat(100), 'x{1001}', '((a{30}){30})', ''];
      const count = pick([1, 5, 21, 101]);
      pack.terms = [{ id: 'fuzz', category: 'profanity', regex: Array.from({ length: Math.min(count, 20) }, () => pick(sources)) },
        ...Array.from({ length: Math.floor(count / 20) }, (_, i) => ({ id: `fuzz-${i}`, category: 'profanity', regex: Array.from({ length: 20 }, () => pick(sources)) }))];
      return { kind, text: JSON.stringify(pack) };
    }
    case 'version': {
      const text = JSON.stringify(pack).replace('"version":1', `"version":${pick(['1e21', '9007199254740992', '1.0000000000000002', '-0', '0', '1e400', '"1"', '[1]', '9007199254740991'])}`);
      return { kind, text };
    }
    case 'logo': {
      (pack.setting as Record<string, unknown>).logos = [{ label: 'l', src: pick(['https://evil.example/x.png', 'http://127.0.0.1/x', 'data:image/png;base64,AAAA', 'data:text/html;base64,AAAA', 'data:image/png;base64,AAAA#https://x', 'blob:x', `data:image/png;base64,${'A'.repeat(400_001)}`, 'javascript:alert(1)']) }];
      return { kind, text: JSON.stringify(pack) };
    }
    case 'broken-text': {
      const text = JSON.stringify(pack);
      return { kind, text: r() < 0.5 ? text.slice(0, Math.floor(r() * text.length)) : text.replace(/[,:]/, pick(['', ';', ',,'])) };
    }
    case 'bom':
      return { kind, text: `\ufeff${JSON.stringify(pack)}` };
    case 'benign': {
      (pack.people as { children: string[] }).children.push(`Fuzz Child ${n}`);
      pack.version = 1 + (n % 1000);
      return { kind, text: JSON.stringify(pack, null, r() < 0.5 ? 2 : undefined) };
    }
  }
}

/** An error names its field ("people.children[3]: …", "(the pack): …") or says the text is not JSON. */
const NAMES_A_FIELD = /^(?:\(the pack\)|[A-Za-z_$][\w$-]*(?:\[\d+\]|\.[^\s:]+)*|terms(?:\[\d+\])?[^\s:]*): \S|^not valid JSON: \S/;

describe('fuzzed hostile packs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'second-look-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`${PACKS} packs: each refused naming a field, or accepted everywhere and compiling; none crashing or slow`, async () => {
    const counts = { accepted: 0, refused: 0 };
    const byKind = new Map<string, { accepted: number; refused: number }>();
    let slowest = { ms: 0, kind: '' };
    for (let n = 0; n < PACKS; n++) {
      const { kind, text } = hostile(n);
      const started = performance.now();
      const file = join(dir, `pack-${n}.json`);
      writeFileSync(file, text);
      const err: string[] = [];
      const cliExit = await main(['pack', 'validate', file], { stdin: async () => '', out: () => {}, err: (s) => err.push(s) });
      const verdict = await judgeCandidate({ kind: 'imported', input: text }, undefined, { trustedKeys: [], signingRequired: false }, 0);
      const parsed = parsePack(text);
      const label = `pack ${n} (${kind})`;
      expect(cliExit, label).not.toBe(undefined);
      if (parsed.ok) {
        expect(cliExit, `${label}: ${err.join('\n')}`).toBe(0);
        expect(verdict.outcome, label).toBe('accepted');
        const checker = compile(parsed.pack);
        expect(Array.isArray(checker.check('A post about Oliver at Little Acorns, call 07700 900123')), label).toBe(true);
      } else {
        expect(cliExit, label).toBe(2);
        expect(err.join('\n'), label).not.toContain('unexpected error');
        expect(verdict, label).toMatchObject({ outcome: 'refused', reason: { kind: 'invalid' } });
        for (const e of parsed.errors) expect(e, label).toMatch(NAMES_A_FIELD);
      }
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { ms, kind: label };
      expect(ms, label).toBeLessThan(BOUND_MS);
      const key = parsed.ok ? 'accepted' : 'refused';
      counts[key]++;
      const k = byKind.get(kind) ?? { accepted: 0, refused: 0 };
      k[key]++;
      byKind.set(kind, k);
    }
    console.log(
      `pack fuzz: ${PACKS} packs, ${counts.accepted} accepted and compiled, ${counts.refused} refused naming a field, 0 crashed; slowest ${slowest.ms.toFixed(0)} ms (${slowest.kind})\n` +
        [...byKind].map(([kind, c]) => `  ${kind.padEnd(17)} ${String(c.accepted).padStart(4)} accepted ${String(c.refused).padStart(4)} refused`).join('\n'),
    );
    expect(counts.accepted + counts.refused).toBe(PACKS);
    // Everything hostile must have been refused: only the benign, BOM and plain-data mutations may pass.
    for (const kind of ['reserved-key', 'duplicate-key', 'deep', 'too-many', 'bom']) {
      const c = byKind.get(kind)!;
      if (kind === 'bom') expect(c.refused, kind).toBe(0);
      else expect(c.accepted, kind).toBe(0);
    }
  }, 600_000);
});

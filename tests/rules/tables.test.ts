/**
 * A pack's tables (rules/tables.ts, issue 13): stored as JSON, loaded instead of compiling, they check every post
 * exactly as the compiled pack does; tables that are missing, stale or damaged are refused with a reason.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, demoPack, loadTables, loadTablesInSteps, parsePack, storeTables, type Pack } from '../../rules';
import { ENGINE_ID, TABLES_FORMAT, fingerprint, readTables, type StoredTables } from '../../rules/tables';
import { stem, stemmedLength } from '../../rules/match/keys';
import { CORPORA, EVERYDAY_PACKS } from '../corpus/corpora';
import { readPosts } from '../corpus/load';
import { largePack, postOfLength } from '../../bench/fixtures';

/** What storage gives back: the tables through JSON, as extension storage keeps them. */
const throughStorage = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function parsed(json: unknown): Pack {
  const result = parsePack(json);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.pack;
}

function loaded(stored: unknown): { pack: Pack; compiled: ReturnType<typeof compile>; fromTables: ReturnType<typeof compile>; tables: StoredTables } {
  const pack = parsed(stored);
  const compiled = compile(pack);
  const tables = throughStorage(storeTables(compiled.tables, stored));
  // Another tab: the pack read from storage and parsed afresh, the tables beside it.
  const again = throughStorage(stored);
  return { pack, compiled, tables, fromTables: loadTables(parsed(again), tables, again) };
}

// Training corpora only: sealed posts are never read here.
const TRAIN = CORPORA.filter((c) => c.role === 'train');

describe('tables loaded instead of compiling', () => {
  const packFiles = [...new Set(TRAIN.map((c) => c.pack).filter((p): p is string => p !== null))];

  it.each(packFiles)('check every training post of %s alike', (file) => {
    const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const { compiled, fromTables } = loaded(json);
    // The pack's own posts, and every eighth everyday post when the pack is one everyday posts are scored against
    // (all of them, for every pack, cost two minutes of CI and found nothing the sample does not).
    const own = TRAIN.filter((c) => c.pack === file).flatMap((c) => readPosts(c.file));
    const everyday = EVERYDAY_PACKS.includes(file) ? TRAIN.filter((c) => c.pack === null).flatMap((c) => readPosts(c.file)).filter((_, i) => i % 8 === 0) : [];
    const posts = [...own, ...everyday];
    expect(posts.length).toBeGreaterThan(300);
    let differ = 0;
    for (const post of posts) if (JSON.stringify(fromTables.check(post.text)) !== JSON.stringify(compiled.check(post.text))) differ++;
    expect(differ).toBe(0);
  }, 240_000);

  it('checks alike with the large bench pack (2,000 children, 500 terms), posts of every length', () => {
    const { compiled, fromTables } = loaded(largePack());
    const posts = [...readPosts('tests/corpus/dev.jsonl').map((p) => p.text), postOfLength(280), postOfLength(2_000, 7), postOfLength(20_000, 3), '#ameliaharthadfun AmeliaHart oliverbrooks Olivr Brookes'];
    for (const text of posts) expect(fromTables.check(text)).toEqual(compiled.check(text));
  }, 60_000);

  it('keeps nicknames, allow phrases, handles and switched-off categories', () => {
    const json = {
      ...demoPack,
      people: { ...demoPack.people, nicknames: { 'Oliver Brooks': ['Ollie'] } },
      allow: ['Summer fair'],
      categories: { ...demoPack.categories, profanity: { enabled: false } },
    };
    const { compiled, fromTables } = loaded(json);
    for (const text of ['Ollie Brooks had fun at the Summer fair', 'Follow @LittleAcornsDN, damn it', 'Lovely day with Olivr Brooks at Little Acorns']) {
      expect(fromTables.check(text)).toEqual(compiled.check(text));
    }
    expect(fromTables.check('Ollie Brooks had fun').map((f) => f.category)).toContain('child-name');
  });

  it('are compact: the large pack (2,000 children, 200 staff, 1,000 term phrases) stores in under a megabyte of text', () => {
    const stored = storeTables(compile(parsed(largePack())).tables, largePack());
    expect(stored.body.length).toBeLessThan(1_000_000);
  }, 60_000);
});

/** Runs steps to their end; the result and how many steps they took. */
function runSteps<T>(steps: Generator<void, T>): { value: T; steps: number } {
  for (let n = 1; ; n++) {
    const step = steps.next();
    if (step.done) return { value: step.value, steps: n };
  }
}

describe('tables loaded in steps (a page gets its thread back between them)', () => {
  it('the large pack loads in many short steps, a few hundred phrases each, and checks as the compiled pack does', () => {
    const json = largePack();
    const compiled = compile(parsed(json));
    const tables = throughStorage(storeTables(compiled.tables, json));
    const { value: stepped, steps } = runSteps(loadTablesInSteps(parsed(json), tables, json));
    const phrases = compiled.tables.phrases.entries.length / 4;
    // Every pass over the phrases yields every 512 of them; the checksums, the parse and the arrays each on their own.
    expect(steps).toBeGreaterThan(4 * Math.floor(phrases / 512));
    for (const text of [postOfLength(280), postOfLength(2_000, 7), '#ameliaharthadfun AmeliaHart oliverbrooks Olivr Brookes']) {
      expect(stepped.check(text)).toEqual(compiled.check(text));
    }
  }, 60_000);

  it('refuses what loadTables refuses, with the same reason', () => {
    const json = JSON.parse(JSON.stringify(demoPack)) as Record<string, unknown>;
    const pack = parsed(json);
    const t = throughStorage(storeTables(compile(pack).tables, json));
    const next = { ...json, version: (json.version as number) + 1 };
    expect(() => runSteps(loadTablesInSteps(parsed(next), t, next))).toThrow('another pack');
    const body = t.body.replace(/"pool":"(.)/, (_m, c: string) => `"pool":"${c === 'x' ? 'y' : 'x'}`);
    expect(() => runSteps(loadTablesInSteps(pack, { ...t, body }, json))).toThrow('damaged');
    expect(() => runSteps(loadTablesInSteps(pack, undefined, json))).toThrow('no tables are stored');
  });
});

describe('tables that cannot be used', () => {
  const json = JSON.parse(JSON.stringify(demoPack)) as Record<string, unknown>;
  const pack = parsed(json);
  const good = () => throughStorage(storeTables(compile(pack).tables, json));

  it('none stored', () => {
    expect(() => loadTables(pack, undefined, json)).toThrow('no tables are stored');
  });

  it('another format or another build of the engine', () => {
    expect(() => loadTables(pack, { ...good(), format: TABLES_FORMAT + 1 }, json)).toThrow(/format/);
    expect(() => loadTables(pack, { ...good(), engine: `${ENGINE_ID}-older` }, json)).toThrow('another build of the engine');
  });

  it('made from another pack (a new version, or one name changed)', () => {
    const next = { ...json, version: (json.version as number) + 1 };
    expect(() => loadTables(parsed(next), good(), next)).toThrow('another pack');
    const renamed = { ...json, people: { ...(json.people as object), children: ['Someone Else'] } };
    expect(() => loadTables(parsed(renamed), good(), renamed)).toThrow('another pack');
  });

  it('damaged: a changed character fails the checksum', () => {
    const t = good();
    const body = t.body.replace(/"pool":"(.)/, (_m, c: string) => `"pool":"${c === 'x' ? 'y' : 'x'}`);
    expect(body).not.toBe(t.body);
    expect(() => loadTables(pack, { ...t, body }, json)).toThrow('damaged');
  });

  it('damaged past the checksum (rewritten whole): out-of-range entries are refused as the tables load, never during a check', () => {
    const t = good();
    const tables = readTables(t, json);
    tables.phrases.entries[0] = tables.phrases.pool.length + 5;
    const rewritten = storeTables(tables, json);
    expect(() => loadTables(pack, rewritten, json)).toThrow(/out of range/);
    const terms = readTables(t, json);
    for (let k = 1; k < terms.payloads.ints.length; k += 2) if (terms.payloads.ints[k] !== -1) terms.payloads.ints[k] = 999;
    terms.payloads.ints[0] = 2; // the first phrase a term
    terms.payloads.ints[1] = 999;
    expect(() => loadTables(pack, storeTables(terms, json), json)).toThrow(/term the pack does not have/);
  });

  it('not tables at all', () => {
    for (const junk of [null, 'tables', 42, [], { format: TABLES_FORMAT }, { ...good(), body: '{}' }]) {
      expect(() => loadTables(pack, junk, json)).toThrow();
    }
  });
});

describe('table helpers', () => {
  it('stemmedLength agrees with stem on every word of the demo pack and its tricky endings', () => {
    const words = ['acorns', 'bus', 'virus', 'chris', 'ins', 'is', 'ss', 'class', 'lilies', 'oaks', 'its', 'us', '', 's'];
    for (const n of [...demoPack.people.children, ...demoPack.people.staff]) words.push(...n.toLowerCase().split(' '));
    for (const w of words) expect(`${w}|${stemmedLength(`..${w}..`, 2, 2 + w.length)}`).toBe(`${w}|${stem(w).length}`);
  });

  it('fingerprint tells texts apart and is stable', () => {
    expect(fingerprint('Little Acorns')).toBe(fingerprint('Little Acorns'));
    expect(fingerprint('Little Acorns')).not.toBe(fingerprint('Little Acornz'));
    expect(fingerprint('')).toMatch(/^[0-9a-f]{14}$/);
  });
});

/** Where the engine content script leaves the engine for the composer script: both run in the extension's one isolated world. */
import type { Checker, Pack, PackResult, StoredTables } from '../../rules';

/** The part of rules/ the composer script uses, handed over at run time so its own bundle stays small. */
export interface Engine {
  compile(pack: Pack): Checker;
  /** compile in short steps: the caller gives the page its thread back between them (pack-source.ts). */
  compileInSteps(pack: Pack): Generator<void, Checker>;
  /** What the first check would otherwise build in one go (the language tagger, the word gates), in short steps. */
  prepareInSteps(): Generator<void>;
  parsePack(input: unknown): PackResult;
  /** parsePack in short steps: a 2,000-child pack is tens of ms of validating on a busy machine. */
  parsePackInSteps(input: unknown): Generator<void, PackResult>;
  demoPack: Pack;
  /**
   * The checker from tables stored beside the pack (rules/tables.ts), in short steps: the caller gives the page its
   * thread back between them. Throws why they cannot be used.
   */
  loadTablesInSteps(pack: Pack, stored: unknown, storedPack: unknown): Generator<void, Checker>;
  /** A compiled pack's tables, ready to store beside the pack as storage holds it. */
  storeTables(tables: Checker['tables'], storedPack: unknown): StoredTables;
}

// A registered symbol: the two scripts are separate bundles, so a module-level variable would not be shared.
const SLOT = Symbol.for('second-look.engine');
type Slot = { engine?: Engine; waiting: ((e: Engine) => void)[] };

function slot(): Slot {
  const g = globalThis as unknown as Record<symbol, Slot | undefined>;
  return (g[SLOT] ??= { waiting: [] });
}

export function provideEngine(engine: Engine): void {
  const s = slot();
  s.engine = engine;
  for (const fn of s.waiting.splice(0)) fn(engine);
}

export function currentEngine(): Engine | null {
  return slot().engine ?? null;
}

/** Calls fn with the engine now if it is here, or as soon as it arrives. */
export function whenEngine(fn: (e: Engine) => void): void {
  const s = slot();
  if (s.engine) fn(s.engine);
  else s.waiting.push(fn);
}

/** Loading on a slow, busy machine can take seconds; past this it counts as failed. */
export const ENGINE_LOAD_LIMIT_MS = 20_000;

let loading: Promise<Engine> | null = null;

/**
 * The engine, loaded on first call: asks the background to inject the engine script into this frame (once;
 * a failure lets the next call try again). `ask` sends the request; it is a parameter so tests can answer it.
 */
export function requestEngine(ask: () => Promise<unknown>): Promise<Engine> {
  const here = currentEngine();
  if (here) return Promise.resolve(here);
  loading ??= new Promise<Engine>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the checking engine did not load within ${ENGINE_LOAD_LIMIT_MS / 1000} s`)), ENGINE_LOAD_LIMIT_MS);
    whenEngine((engine) => {
      clearTimeout(timer);
      resolve(engine);
    });
    ask().then(
      (reply) => {
        const r = reply as { ok?: boolean; reason?: string } | undefined;
        if (r?.ok === false) reject(new Error(`the checking engine could not be loaded (${r.reason ?? 'no reason given'})`));
      },
      (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
    );
  }).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

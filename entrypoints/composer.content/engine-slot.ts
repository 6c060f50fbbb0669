/** Where the engine content script leaves the engine for the composer script: both run in the extension's one isolated world. */
import type { Checker, Pack, PackResult } from '../../rules';

/** The part of rules/ the composer script uses, handed over at run time so its own bundle stays small. */
export interface Engine {
  compile(pack: Pack): Checker;
  parsePack(input: unknown): PackResult;
  demoPack: Pack;
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

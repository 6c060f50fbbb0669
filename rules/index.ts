/**
 * The engine's door: everything outside rules/ imports from here, except code that only handles
 * packs (rules/pack) or only needs the shapes (rules/types, rules/categories), to stay small.
 */
import demoPackJson from './pack/demo-pack.json';
import { parsePack } from './pack';
import type { Pack } from './types';

export * from './types';
export { compile, compileInSteps, loadTables, loadTablesInSteps, prepareInSteps, type Checker } from './check';
export { storeTables, type StoredTables } from './tables';
export { CATEGORY_LABELS, DEFAULT_MESSAGES, DEFAULT_SEVERITY } from './categories';
export * from './pack';

let demo: Pack | undefined;

/**
 * The built-in demo pack (a made-up nursery), validated like any other, on first call: the engine script asks for it
 * only when no pack is stored, not while it is evaluated (about 8 ms of validating on every tab's first use).
 */
export function builtInDemoPack(): Pack {
  if (demo) return demo;
  const result = parsePack(demoPackJson);
  if (!result.ok) throw new Error(`the built-in demo pack is invalid: ${result.errors.join('; ')}`);
  return (demo = result.pack);
}

/** builtInDemoPack(), at once; pure, so a bundle that does not import it never runs it. */
export const demoPack: Pack = /* @__PURE__ */ builtInDemoPack();

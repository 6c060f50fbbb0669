/** The engine's only door: everything outside rules/ imports from here. */
import demoPackJson from './pack/demo-pack.json';
import { parsePack } from './pack/validate';
import type { Pack } from './types';

export * from './types';
export { compile, type Checker } from './check';
export { CATEGORY_LABELS, DEFAULT_MESSAGES, DEFAULT_SEVERITY } from './categories';
export { parsePack, regexProblem, PACK_SCHEMA, type PackResult } from './pack/validate';
export { canonicalJson } from './pack/canonical';
export { generateKeyPair, publicKeyOf, signPack, verifyPack, type KeyPair, type TrustedKey, type VerifyResult } from './pack/signature';

/** The built-in demo pack (a made-up nursery), validated like any other. */
export const demoPack: Pack = (() => {
  const result = parsePack(demoPackJson);
  if (!result.ok) throw new Error(`the built-in demo pack is invalid: ${result.errors.join('; ')}`);
  return result.pack;
})();

/**
 * The pack door: validation, signatures and canonical JSON, without the checker. For code that
 * handles packs but never checks text (the background service worker), so it does not carry
 * the language library. Everything else goes through rules/index.ts.
 */
export { parsePack, parsePackInSteps, regexProblem, PACK_SCHEMA, PACK_LIMITS, type PackResult } from './validate';
export { canonicalJson, signedBytes } from './canonical';
export { generateKeyPair, keyProblem, publicKeyOf, signPack, verifyPack, type KeyPair, type TrustedKey, type VerifyResult } from './signature';

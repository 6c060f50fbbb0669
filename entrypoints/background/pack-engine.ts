/**
 * The part of the engine the background needs: validate, verify, canonical JSON, and the demo pack's name.
 * Imported past rules/index.ts on purpose (as components/ do for data): the index also exports the checker, whose
 * language library cannot be tree-shaken, and would make the service worker ~540 kB to parse on every wake for
 * code it never runs. These modules are rules/'s own pure files, unchanged.
 */
export { parsePack } from '../../rules/pack/validate';
export { verifyPack, type TrustedKey } from '../../rules/pack/signature';
export { canonicalJson } from '../../rules/pack/canonical';
import demoPackJson from '../../rules/pack/demo-pack.json';

/** What the popup and options page say about the built-in demo pack. */
export const DEMO_INFO = { id: demoPackJson.id, setting: demoPackJson.setting.name, version: demoPackJson.version };

/**
 * The part of the engine the background needs: validate, verify, canonical JSON, and the demo pack's name.
 * Through rules/pack (the pack door), not rules/index.ts: the checker's language library cannot be tree-shaken
 * and would make the service worker ~540 kB to parse on every wake for code it never runs.
 */
export { canonicalJson, keyProblem, parsePack, verifyPack, type TrustedKey } from '../../rules/pack';
import demoPackJson from '../../rules/pack/demo-pack.json';

/** What the popup and options page say about the built-in demo pack. */
export const DEMO_INFO = { id: demoPackJson.id, setting: demoPackJson.setting.name, version: demoPackJson.version };

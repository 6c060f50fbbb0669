/**
 * Keeps a compiled checker in step with storage.local "pack.active"; the built-in demo pack checks only when no pack is
 * named and none is stored, never in place of a pack that is missing, broken or unreadable.
 */
import { browser } from 'wxt/browser';
import type { Finding, Logo, Pack } from '../../rules';
import { imageRule, type ImageRule } from './image-findings';
import { currentEngine, requestEngine, type Engine } from './engine-slot';
import type { EngineLoadRequest } from '../../utils/engine-load';
import type { PackInfo } from '../../utils/messages';
import { describe, reportProblem } from './health';

export const PACK_KEY = 'pack.active';
export const SOURCE_KEY = 'pack.source';
/** utils/pack-status.ts MISSING_KEY: the policy names a pack and none is loaded; the demo pack never stands in. */
export const MISSING_KEY = 'pack.missing';

export interface ActivePack {
  info: PackInfo;
  policyTitle?: string;
  policyUrl?: string;
  /** Who to ask, named in the warning. */
  contact?: string;
  /** Whether staff may mark a finding "Not a problem" on this device. */
  allowNotAProblem: boolean;
  check(text: string): Finding[];
  /** The setting's logos, sent with each attached picture, and how image findings are reported. */
  logos: Logo[];
  /** The built-in demo pack: its logos are left out of this script's bundle, and the checking page supplies them. */
  demo: boolean;
  imageRules: { logo: ImageRule; people: ImageRule };
}

let active: ActivePack | null = null;
let demo: ActivePack | null = null;

function build(engine: Engine, pack: Pack, source: string, demo = false): ActivePack {
  const checker = engine.compile(pack);
  return {
    info: { id: pack.id, setting: pack.setting.name, version: pack.version, source },
    policyTitle: pack.policy?.title,
    policyUrl: pack.policy?.url,
    contact: pack.policy?.contact,
    allowNotAProblem: pack.policy?.allowNotAProblem !== false,
    check: (text) => checker.check(text),
    logos: pack.setting.logos,
    demo,
    imageRules: { logo: imageRule(pack, 'logo'), people: imageRule(pack, 'photo-of-people') },
  };
}

/**
 * The pack in force now; the demo pack if storage holds none. Throws until packReady() has settled: callers
 * wait for packLoading() first.
 */
let missing: string | null = null;
/** Why the stored pack could not be used here (storage unreadable, or the pack broken), or null. */
let unusable: string | null = null;

/** Why the setting's rules are not loaded (the background's sentence, or why the stored pack is unusable), or null. */
export function packMissing(): string | null {
  return active ? null : (missing ?? unusable);
}

/** The plain sentence for a stored pack this page cannot use; it says what is not happening, and why. */
function notLoaded(why: string): string {
  return `Your setting's rules could not be loaded (${why}), so posts are not being checked against them.`;
}

export function activePack(): ActivePack {
  if (active) return active;
  // The demo pack's names are a made-up nursery's: checking against them would look like protection and be none.
  const reason = missing ?? unusable;
  if (reason) throw new Error(reason);
  const engine = currentEngine();
  if (!engine) throw new Error('the checking engine has not loaded yet');
  demo ??= build(engine, engine.demoPack, 'built-in demo', true);
  return demo;
}

let ready: Promise<void> | null = null;
let isReady = false;

/**
 * Loads the engine into this frame and compiles the stored pack (or the demo pack): called when a composer is
 * first used, never on page load. Resolves once a check can run; a failure lets a later call try again.
 */
export function packReady(): Promise<void> {
  ready ??= requestEngine(() => browser.runtime.sendMessage({ type: 'second-look/load-engine' } satisfies EngineLoadRequest))
    .then(async (engine) => {
      await loadStored(engine);
      activePack();
      isReady = true;
    })
    .catch((error: unknown) => {
      ready = null;
      throw error;
    });
  return ready;
}

/** Null once checks can run; until then the promise to wait on (and the load is started). */
export function packLoading(): Promise<void> | null {
  return isReady ? null : packReady();
}

function adopt(engine: Engine, value: unknown, source: unknown, missingNow: unknown): void {
  missing = typeof missingNow === 'string' ? missingNow : null;
  unusable = null;
  if (value === undefined) {
    active = null;
    reportProblem(missing);
    return;
  }
  try {
    // The background validated it already; parsing again fills defaults and guards against a bad write.
    const parsed = engine.parsePack(value);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    active = build(engine, parsed.pack, typeof source === 'string' ? source : 'stored');
    reportProblem(null);
  } catch (error) {
    // A stored pack is the setting's, named by a policy, a URL or a file: the demo pack never stands in for it. Said on
    // the icon and, when writing, on the page.
    active = null;
    unusable = notLoaded(`the stored pack is broken: ${describe(error)}`);
    reportProblem(unusable);
  }
}

function loadStored(engine: Engine): Promise<void> {
  return browser.storage.local
    .get([PACK_KEY, SOURCE_KEY, MISSING_KEY])
    .then((got) => adopt(engine, got[PACK_KEY], got[SOURCE_KEY], got[MISSING_KEY]))
    .catch((error) => {
      // Unreadable storage may hide the setting's pack: nothing stands in, and the next use tries again.
      active = null;
      unusable = notLoaded(`the browser's storage could not be read: ${describe(error)}`);
      reportProblem(unusable);
    });
}

/** Follows the background's pack changes once the engine is here (before that, packReady() reads the latest); returns the stop function. */
export function watchPack(): () => void {
  // Whether the setting's rules are missing is known at once, without the engine: the page says so on first writing.
  const readMissing = () =>
    browser.storage.local.get(MISSING_KEY).then(
      (got) => {
        missing = typeof got[MISSING_KEY] === 'string' ? (got[MISSING_KEY] as string) : null;
      },
      () => {},
    );
  void readMissing();
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && MISSING_KEY in changes) void readMissing();
    const engine = currentEngine();
    if (engine && area === 'local' && (PACK_KEY in changes || SOURCE_KEY in changes || MISSING_KEY in changes)) void loadStored(engine);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Keeps a compiled checker in step with storage.local "pack.active", falling back to the built-in demo pack. */
import { browser } from 'wxt/browser';
import type { Finding, Logo, Pack } from '../../rules';
import { imageRule, type ImageRule } from './image-findings';
import { currentEngine, whenEngine, type Engine } from './engine-slot';
import type { PackInfo } from '../../utils/messages';
import { describe, reportProblem } from './health';

export const PACK_KEY = 'pack.active';
export const SOURCE_KEY = 'pack.source';

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
  imageRules: { logo: ImageRule; people: ImageRule };
}

let active: ActivePack | null = null;
let demo: ActivePack | null = null;

function build(engine: Engine, pack: Pack, source: string): ActivePack {
  const checker = engine.compile(pack);
  return {
    info: { id: pack.id, setting: pack.setting.name, version: pack.version, source },
    policyTitle: pack.policy?.title,
    policyUrl: pack.policy?.url,
    contact: pack.policy?.contact,
    allowNotAProblem: pack.policy?.allowNotAProblem !== false,
    check: (text) => checker.check(text),
    logos: pack.setting.logos,
    imageRules: { logo: imageRule(pack, 'logo'), people: imageRule(pack, 'photo-of-people') },
  };
}

/**
 * The pack in force now; the demo pack (compiled on first need) until storage answers or if it holds none.
 * Throws until the engine script has run: callers treat that like any failure and let the post through.
 */
export function activePack(): ActivePack {
  if (active) return active;
  const engine = currentEngine();
  if (!engine) throw new Error('the checking engine has not loaded yet');
  demo ??= build(engine, engine.demoPack, 'built-in demo');
  return demo;
}

function adopt(engine: Engine, value: unknown, source: unknown): void {
  if (value === undefined) {
    active = null;
    reportProblem(null);
    return;
  }
  try {
    // The background validated it already; parsing again fills defaults and guards against a bad write.
    const parsed = engine.parsePack(value);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    active = build(engine, parsed.pack, typeof source === 'string' ? source : 'stored');
    reportProblem(null);
  } catch (error) {
    // A broken stored pack must not leave the user unchecked: the demo pack stands in and the icon says so.
    active = null;
    reportProblem(`pack could not be loaded (${describe(error)}); using the demo pack`);
  }
}

/** Loads the stored pack now and again whenever the background replaces it; returns the stop function. */
export function watchPack(): () => void {
  const load = () =>
    whenEngine((engine) =>
      browser.storage.local
        .get([PACK_KEY, SOURCE_KEY])
        .then((got) => adopt(engine, got[PACK_KEY], got[SOURCE_KEY]))
        .catch((error) => reportProblem(`storage unavailable (${describe(error)})`)),
    );
  load();
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (PACK_KEY in changes || SOURCE_KEY in changes)) load();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

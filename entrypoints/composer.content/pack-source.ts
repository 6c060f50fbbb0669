/**
 * Keeps a compiled checker in step with storage.local "pack.active"; the built-in demo pack checks only when no pack is
 * named and none is stored, never in place of a pack that is missing, broken or unreadable.
 */
import { browser } from 'wxt/browser';
import type { Checker, Finding, Logo, Pack } from '../../rules';
import { imageRule, type ImageRule } from './image-findings';
import { currentEngine, requestEngine, type Engine } from './engine-slot';
import type { EngineLoadRequest } from '../../utils/engine-load';
import type { PackInfo } from '../../utils/messages';
import { TABLES_KEY } from '../../utils/pack-status';
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
  /** From the stored tables, or compiled here (and the tables then stored for the next tab). */
  loadedFrom: 'tables' | 'compiled';
}

let active: ActivePack | null = null;
let demo: ActivePack | null = null;

/**
 * The rest of the work in a task of its own, so the page can draw and answer keys in between (issue 13: no task of ours
 * over 50 ms). A message, not a timer: a timer in a tab behind others may wait a second.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** How long compile steps run before the thread goes back to the page. */
const SLICE_MS = 8;

/**
 * Steps run a slice at a time: a 2,000-child pack is 150 ms or more of compiling on a slow machine, the language tagger
 * about as much (engine.prepareInSteps).
 */
async function inSlices<T>(steps: Generator<void, T>): Promise<T> {
  let from = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - from < SLICE_MS) continue;
    await nextTask();
    from = performance.now();
  }
}

/**
 * A post that exercises every judge once. Checked while loading, in a task of its own, so the first real check (the
 * first keys typed, or the press) does not pay for the judges' first run: their tables built, the language tagger
 * warmed, the code compiled.
 */
const WARM_UP = 'Lovely day with little Oliver at the nursery, honestly amazing! Summer painted a rainbow. Ring 07700 900123 or see www.example.com #work';
let warmed = false;

async function warmUp(checker: Checker): Promise<void> {
  if (warmed) return;
  await nextTask();
  try {
    checker.check(WARM_UP);
  } catch {
    // Only a warm-up: a check that fails is reported when a real post is checked, as it always was.
  }
  warmed = true;
}

/**
 * The pack's checker from the tables stored beside it when they fit (loaded in slices too: a 2,000-child pack's tables
 * are tens of ms to index on a busy machine), else compiled in slices
 * and its tables stored for the next tab; then warmed: what packReady waits for before any check runs. Tables that are
 * missing, stale or damaged only mean compiling, as before.
 */
async function buildInSlices(engine: Engine, pack: Pack, source: string, stored: { pack: unknown; tables: unknown }, demo = false): Promise<ActivePack> {
  await nextTask();
  await inSlices(engine.prepareInSteps());
  let checker: Checker | null = null;
  try {
    if (stored.tables !== undefined) checker = await inSlices(engine.loadTablesInSteps(pack, stored.tables, stored.pack));
  } catch {
    // Stale (another pack or build) or damaged: compiled below, and replaced.
  }
  const loadedFrom = checker ? 'tables' : 'compiled';
  checker ??= await inSlices(engine.compileInSteps(pack));
  await warmUp(checker);
  if (loadedFrom === 'compiled') void saveTables(engine, checker, stored.pack);
  return describePack(pack, checker, source, demo, loadedFrom);
}

/** Stores a compiled pack's tables for the next tab, in a task of its own; a failure (a full quota) loses nothing. */
async function saveTables(engine: Engine, checker: Checker, storedPack: unknown): Promise<void> {
  await nextTask();
  try {
    await browser.storage.local.set({ [TABLES_KEY]: engine.storeTables(checker.tables, storedPack) });
  } catch {
    // Only a cache: the next tab compiles the pack itself, as this one did.
  }
}

function build(engine: Engine, pack: Pack, source: string, demo = false): ActivePack {
  return describePack(pack, engine.compile(pack), source, demo, 'compiled');
}

function describePack(pack: Pack, checker: Checker, source: string, demo: boolean, loadedFrom: ActivePack['loadedFrom']): ActivePack {
  return {
    loadedFrom,
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
      const tables = await loadStored(engine);
      // No stored pack and none missing: the demo pack checks, compiled in slices (or from its tables) like any other.
      if (!active && !packMissing() && !demo) demo = await buildInSlices(engine, engine.demoPack, 'built-in demo', { pack: engine.demoPack, tables }, true);
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

async function adopt(engine: Engine, value: unknown, source: unknown, missingNow: unknown, tables: unknown): Promise<void> {
  const missingThen = typeof missingNow === 'string' ? missingNow : null;
  if (value === undefined) {
    missing = missingThen;
    unusable = null;
    active = null;
    reportProblem(missing);
    return;
  }
  try {
    // The background validated it already; parsing again fills defaults and guards against a bad write.
    const parsed = await inSlices(engine.parsePackInSteps(value));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    // Until the new pack is compiled, the one in force (if any) goes on checking.
    const next = await buildInSlices(engine, parsed.pack, typeof source === 'string' ? source : 'stored', { pack: value, tables });
    missing = missingThen;
    unusable = null;
    active = next;
    reportProblem(null);
  } catch (error) {
    missing = missingThen;
    // A stored pack is the setting's, named by a policy, a URL or a file: the demo pack never stands in for it. Said on
    // the icon and, when writing, on the page.
    active = null;
    unusable = notLoaded(`the stored pack is broken: ${describe(error)}`);
    reportProblem(unusable);
  }
}

/**
 * Adoptions one after another, each reading storage as it starts: the last change read is the one that stays in force.
 * Resolves with the tables read beside the pack (for the demo pack when none is stored).
 */
let adoptions: Promise<unknown> = Promise.resolve();

function loadStored(engine: Engine): Promise<unknown> {
  const next = adoptions.then(() => readAndAdopt(engine));
  adoptions = next;
  return next;
}

function readAndAdopt(engine: Engine): Promise<unknown> {
  return browser.storage.local
    .get([PACK_KEY, SOURCE_KEY, MISSING_KEY, TABLES_KEY])
    .then(async (got) => {
      await adopt(engine, got[PACK_KEY], got[SOURCE_KEY], got[MISSING_KEY], got[TABLES_KEY]);
      return got[TABLES_KEY];
    })
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

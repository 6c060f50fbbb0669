/** The background's memory in storage.local: the last good pack of each source, fetch bookkeeping, refusals; and the keys the content script reads. */
import { browser } from 'wxt/browser';
import { highWaterKey, type HeldPack, type HighWater, type Refusal, type SourceKind } from './decide';
import { packDigest } from './accept';
import type { Validators } from './fetch-pack';
import { MISSING_KEY, STATUS_KEY, TABLES_KEY, type PackStatus } from '../../utils/pack-status';

/** Read by the content script (entrypoints/composer.content/pack-source.ts). */
export const ACTIVE_KEY = 'pack.active';
export const SOURCE_KEY = 'pack.source';
export const STATE_KEY = 'pack.state';

export const MAX_REFUSALS = 10;

export interface FetchState {
  /** The URL the validators and failures belong to; another URL starts afresh. */
  url?: string;
  validators: Validators;
  failures: number;
  retryAt?: number;
  lastCheckedAt?: number;
  problem?: string;
}

export interface PackState {
  held: Partial<Record<SourceKind, HeldPack>>;
  /** What was last written to "pack.active" (null: nothing, the demo pack). Written only when this changes, so a restart rewrites nothing. */
  written: { kind: SourceKind; digest: string } | null;
  fetch: FetchState;
  refusals: Refusal[];
  /** The highest version accepted per source and signing key (decide.ts highWaterKey); never forgotten when a pack is withdrawn. */
  seen: Record<string, HighWater>;
}

export const emptyState = (): PackState => ({ held: {}, written: null, fetch: { validators: {}, failures: 0 }, refusals: [], seen: {} });

/**
 * Each pack is stored once: the pack in force lives only in "pack.active" (where the content script reads it), and its
 * entry in "pack.state" says so instead of holding a second copy. Both are written in one storage call, so they agree.
 */
const IN_ACTIVE = 'pack.active';
type StoredHeld = Omit<HeldPack, 'pack'> & { pack?: Record<string, unknown>; packIn?: typeof IN_ACTIVE };

export async function loadState(): Promise<PackState> {
  const got = await browser.storage.local.get([STATE_KEY, ACTIVE_KEY]);
  const stored = got[STATE_KEY] as Partial<PackState> | undefined;
  const state = { ...emptyState(), ...stored };
  for (const [kind, held] of Object.entries(state.held) as [SourceKind, StoredHeld | undefined][]) {
    if (held?.packIn !== IN_ACTIVE) continue;
    const body = got[ACTIVE_KEY] as Record<string, unknown> | undefined;
    const { packIn: _in, ...rest } = held;
    if (body) state.held[kind] = { ...rest, pack: body };
    else delete state.held[kind];
  }
  // Packs held before digests were hashes carry their whole canonical JSON as the digest: hash it once.
  for (const held of Object.values(state.held)) {
    if (!held) continue;
    if (!/^[0-9a-f]{64}$/.test(held.digest)) held.digest = await packDigest(held.pack);
    // Packs accepted before versions were remembered past withdrawal count as seen.
    const key = highWaterKey(held.kind, held.url, held.keyId);
    if ((state.seen[key]?.version ?? 0) < held.version) state.seen[key] = { version: held.version, digest: held.digest };
  }
  return state;
}

/**
 * Writes the state, the status and (when it changed) the pack in force, in one call: a quota error leaves all of them
 * as they were, never a state that points at a pack that was not written. `active` undefined: unchanged; null: none
 * (the content script's demo pack, or nothing when the setting's rules are missing). Throws what storage throws.
 */
export async function saveState(state: PackState, status: PackStatus, chosen: HeldPack | null, active?: { pack: Record<string, unknown>; source: string } | null): Promise<void> {
  const held: Partial<Record<SourceKind, StoredHeld>> = {};
  for (const [kind, h] of Object.entries(state.held) as [SourceKind, HeldPack][]) {
    const { pack, ...rest } = h;
    held[kind] = chosen && chosen.kind === kind && chosen.digest === h.digest ? { ...rest, packIn: IN_ACTIVE } : { ...rest, pack };
  }
  const values: Record<string, unknown> = { [STATE_KEY]: { ...state, held }, [STATUS_KEY]: status };
  if (active) Object.assign(values, { [ACTIVE_KEY]: active.pack, [SOURCE_KEY]: active.source });
  // The old pack's tables first: no tab could use them with the new pack, and their room may be what the new one needs.
  if (active !== undefined) await browser.storage.local.remove(TABLES_KEY).catch(() => {});
  await browser.storage.local.set(values);
  if (active === null) await browser.storage.local.remove([ACTIVE_KEY, SOURCE_KEY]);
}

/** Tells the content script and popup that the setting's rules are not loaded (or no longer, with undefined). */
export async function writeMissing(message: string | undefined): Promise<void> {
  const got = await browser.storage.local.get(MISSING_KEY);
  if (got[MISSING_KEY] === message) return;
  if (message) await browser.storage.local.set({ [MISSING_KEY]: message });
  else await browser.storage.local.remove(MISSING_KEY);
}

/** Keeps the newest refusal per source and message at the front: a pack refused on every check is one entry, not a flood. */
export function recordRefusal(list: Refusal[], next: Refusal): Refusal[] {
  const rest = list.filter((r) => !(r.kind === next.kind && r.message === next.message));
  return [next, ...rest].slice(0, MAX_REFUSALS);
}

/** A source whose pack was later accepted no longer needs its old refusals shown as current. */
export function clearRefusalsOf(list: Refusal[], kind: SourceKind): Refusal[] {
  return list.filter((r) => r.kind !== kind);
}

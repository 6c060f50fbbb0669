/** Pure decisions about packs: which source wins, whether a newer pack may replace an older, and refusals in plain words. No browser API. */

/** Where a pack came from, highest precedence first (the contract's loading order). */
export const SOURCE_ORDER = ['managed', 'url', 'imported'] as const;
export type SourceKind = (typeof SOURCE_ORDER)[number];

/** A pack that passed every check, kept as the last good pack of its source (survives restarts in storage.local). */
export interface HeldPack {
  kind: SourceKind;
  /** The pack exactly as accepted (signature included), so it can be checked again when the keys change. */
  pack: Record<string, unknown>;
  id: string;
  setting: string;
  version: number;
  /** For a URL pack, the address it came from: the no-rollback rule is per source, and a new address is a new source. */
  url?: string;
  keyId?: string;
  acceptedAt: number;
  /** Canonical JSON of the pack, to tell "the same pack again" from "a different pack with the same version". */
  digest: string;
}

export type RefusalReason =
  | { kind: 'invalid'; errors: string[] }
  | { kind: 'unsigned' }
  | { kind: 'unknown-key'; keyId: string }
  | { kind: 'bad-signature' }
  | { kind: 'bad-key'; detail: string }
  | { kind: 'no-usable-key' }
  | { kind: 'older'; version: number; held: number }
  | { kind: 'seen-newer'; version: number; seen: number }
  | { kind: 'same-version'; version: number }
  | { kind: 'import-not-allowed' }
  | { kind: 'origin-not-allowed'; origin: string };

export interface Refusal {
  kind: SourceKind;
  url?: string;
  at: number;
  reason: RefusalReason;
  /** The whole sentence a user reads. */
  message: string;
}

/** "The pack from https://… " / "The pack in the managed policy" / "The imported pack file": the subject of every refusal. */
export function sourcePhrase(kind: SourceKind, url?: string): string {
  if (kind === 'managed') return 'The pack in the managed policy';
  if (kind === 'url') return `The pack from ${url ?? 'the policy URL'}`;
  return 'The imported pack file';
}

/** How a pack's origin is shown next to it (popup, options page, `pack.source`). */
export function sourceDescription(kind: SourceKind | 'demo', url?: string): string {
  if (kind === 'managed') return 'managed policy';
  if (kind === 'url') return `${url ?? 'pack URL'} (policy URL)`;
  if (kind === 'imported') return 'imported file';
  return 'built-in demo';
}

const MAX_ERRORS_SHOWN = 3;

/** Why a pack was not used, said the way a manager or member of staff would understand it. */
export function reasonInWords(reason: RefusalReason): string {
  switch (reason.kind) {
    case 'invalid': {
      const shown = reason.errors.slice(0, MAX_ERRORS_SHOWN).join('; ');
      const more = reason.errors.length - MAX_ERRORS_SHOWN;
      return `it is not a valid pack (${shown}${more > 0 ? `; and ${more} more` : ''})`;
    }
    case 'unsigned':
      return "it is not signed, and this browser only accepts packs signed with the setting's key";
    case 'unknown-key':
      return `it is signed with key "${reason.keyId}", which is not one of the setting's keys`;
    case 'bad-signature':
      return "its signature does not match the setting's key";
    case 'bad-key':
      return `the setting's key in the policy is not usable (${reason.detail})`;
    case 'no-usable-key':
      return "the setting's policy accepts only packs signed with its keys, and none of the keys it lists can be used (see the policy problems below), so no pack can be trusted";
    case 'older':
      return `its version (${reason.version}) is older than the pack already in force from there (version ${reason.held})`;
    case 'seen-newer':
      return `its version (${reason.version}) is older than version ${reason.seen}, already accepted from there once; an old pack cannot come back`;
    case 'same-version':
      return `it changed but kept version ${reason.version}; a changed pack needs a higher version`;
    case 'import-not-allowed':
      return "the setting's policy does not allow importing a pack here";
    case 'origin-not-allowed':
      return `${reason.origin} is not an address the policy allows packs from`;
  }
}

export function refusal(kind: SourceKind, reason: RefusalReason, at: number, url?: string): Refusal {
  return { kind, url, at, reason, message: `${sourcePhrase(kind, url)} was not used: ${reasonInWords(reason)}.` };
}

export type VersionVerdict = 'newer' | 'same-pack' | 'same-version' | 'older';

/**
 * The no-rollback rule: a pack replaces the one held from the same source only with a greater version.
 * Another URL counts as another source, so its first pack is always "newer".
 */
export function compareWithHeld(candidate: { version: number; digest: string; url?: string }, held: HeldPack | undefined): VersionVerdict {
  if (!held || held.url !== candidate.url) return 'newer';
  if (candidate.version > held.version) return 'newer';
  if (candidate.version < held.version) return 'older';
  return candidate.digest === held.digest ? 'same-pack' : 'same-version';
}

export interface Eligibility {
  /** The policy names a pack URL (its held pack counts only while it is the same URL). */
  packUrl?: string;
  /** The policy holds a pack of its own. */
  managedPack: boolean;
  allowImport: boolean;
}

/** The loading order: managed policy over the policy's URL over an imported file; null means the built-in demo pack. */
export function chooseActive(held: Partial<Record<SourceKind, HeldPack>>, eligible: Eligibility): HeldPack | null {
  for (const kind of SOURCE_ORDER) {
    const pack = held[kind];
    if (!pack) continue;
    if (kind === 'managed' && !eligible.managedPack) continue;
    if (kind === 'url' && (!eligible.packUrl || pack.url !== eligible.packUrl)) continue;
    if (kind === 'imported' && !eligible.allowImport) continue;
    return pack;
  }
  return null;
}

export const FIRST_RETRY_MINUTES = 1;
export const MAX_RETRY_MINUTES = 60;

/** Exponential back-off after failed fetches: 1, 2, 4 … minutes, never later than the regular check nor an hour. */
export function retryDelayMinutes(failures: number, intervalMinutes: number): number {
  const doubled = FIRST_RETRY_MINUTES * 2 ** Math.max(0, failures - 1);
  return Math.min(doubled, MAX_RETRY_MINUTES, intervalMinutes);
}

/** The highest version ever accepted from one source and signing key, with its digest. */
export interface HighWater {
  version: number;
  digest: string;
}

/** One source (kind, and URL for a URL pack) and signing key (none: unsigned). */
export const highWaterKey = (kind: SourceKind, url: string | undefined, keyId: string | undefined): string => `${kind}|${url ?? ''}|${keyId ?? ''}`;

/**
 * The no-rollback rule beyond the pack held now: the highest version accepted from a source and key survives the pack
 * being withdrawn ("Stop using the imported pack", a policy dropping its pack), so an older signed pack cannot come back.
 * The same pack again is fine; a different one needs a greater version.
 */
export function compareWithSeen(candidate: { version: number; digest: string }, seen: HighWater | undefined): 'ok' | 'seen-newer' | 'same-version' {
  if (!seen || candidate.version > seen.version) return 'ok';
  if (candidate.version < seen.version) return 'seen-newer';
  return candidate.digest === seen.digest ? 'ok' : 'same-version';
}

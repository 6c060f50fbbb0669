/** What the background tells the popup and options page about packs (storage.local "pack.status"), and the messages they send it. */
import type { Refusal, SourceKind } from '../entrypoints/background/decide';

export type { Refusal, SourceKind };

export const STATUS_KEY = 'pack.status';
/**
 * Set while the policy names a pack (its own, or a URL) and no good pack from it, nor an imported one, is held: the
 * sentence the page and the popup show. The demo pack never stands in for a setting's pack (its names are a made-up
 * nursery's), so nothing is checked against rules that are not the setting's.
 */
export const MISSING_KEY = 'pack.missing';
/**
 * The pack in force compiled to tables (rules/tables.ts), written by the first tab that compiled it and loaded by every
 * later one instead of compiling; the background drops it whenever it writes another pack. Extension storage: the page
 * can never read it.
 */
export const TABLES_KEY = 'pack.tables';

export interface ActivePackInfo {
  /** 'none': the policy names a pack and none is loaded (see PackStatus.missing). */
  kind: SourceKind | 'demo' | 'none';
  id: string;
  setting: string;
  version: number;
  /** Where it came from, in words: "managed policy", "https://… (policy URL)", "imported file", "built-in demo". */
  source: string;
  keyId?: string;
  acceptedAt?: number;
}

export interface PolicySummary {
  /** Any field of the setting's policy is set. */
  present: boolean;
  packUrl?: string;
  hasManagedPack: boolean;
  keyIds: string[];
  intervalMinutes: number;
  allowImport: boolean;
  /** Fields of the policy that were ignored, each naming the field. */
  problems: string[];
}

export interface PackStatus {
  active: ActivePackInfo;
  /** When the pack URL was last asked (whatever the answer). */
  checkedAt?: number;
  nextCheckAt?: number;
  /** The last fetch failed: in plain words, with when it will be tried again. */
  fetchProblem?: string;
  /** Newest first. */
  refusals: Refusal[];
  policy: PolicySummary;
  /** The setting's rules are not loaded, in words (MISSING_KEY holds the same). */
  missing?: string;
  updatedAt: number;
}

export type PackRequest =
  | { type: 'second-look/pack-refresh' }
  | { type: 'second-look/pack-import'; text: string }
  | { type: 'second-look/pack-remove-imported' };

export interface PackReply {
  ok: boolean;
  message: string;
}

export function isPackRequest(m: unknown): m is PackRequest {
  const type = (m as { type?: unknown } | null)?.type;
  return typeof type === 'string' && ['second-look/pack-refresh', 'second-look/pack-import', 'second-look/pack-remove-imported'].includes(type);
}

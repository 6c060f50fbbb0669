/** What the background tells the popup and options page about packs (storage.local "pack.status"), and the messages they send it. */
import type { Refusal, SourceKind } from '../entrypoints/background/decide';

export type { Refusal, SourceKind };

export const STATUS_KEY = 'pack.status';

export interface ActivePackInfo {
  kind: SourceKind | 'demo';
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

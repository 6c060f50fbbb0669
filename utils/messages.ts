/** The messages between the content script, the popup and the background: one place for their shapes. */

/** Content script → background: Second Look is (or is no longer) broken in this tab. */
export interface HealthMessage {
  type: 'second-look/health';
  problem: string | null;
}

/** Popup → content script: what are you doing on this page? */
export interface StatusRequest {
  type: 'second-look/status';
}

export interface PackInfo {
  id: string;
  setting: string;
  version: number;
  source: string;
}

export interface StatusReply {
  watched: boolean;
  site: string | null;
  pack: PackInfo | null;
  problem: string | null;
  /** How this tab got its checker: from the tables stored beside the pack, or by compiling the pack itself. */
  loadedFrom?: 'tables' | 'compiled';
}

export function isHealthMessage(m: unknown): m is HealthMessage {
  return typeof m === 'object' && m !== null && (m as HealthMessage).type === 'second-look/health';
}

export function isStatusRequest(m: unknown): m is StatusRequest {
  return typeof m === 'object' && m !== null && (m as StatusRequest).type === 'second-look/status';
}

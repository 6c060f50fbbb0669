/**
 * Building a pack's tables once, when the pack is accepted (issue 13), instead of in the first tab that uses it: the
 * background asks the checking page (Chrome's offscreen document, or the iframe in Firefox's background page), which
 * carries the engine in a chunk loaded only for this, so the service worker never parses the language library. The
 * page has no storage (Chrome's offscreen documents get only `runtime`): the pack goes to it, the tables come back.
 */
import type { StoredTables } from '../rules/tables';

/** The checking page opened only to build tables does not load its picture models (entrypoints/offscreen/main.ts). */
export const TABLES_ONLY = '#tables';

/** Background → checking page: the tables for this pack, as storage holds it. */
export interface TablesBuildRequest {
  type: 'second-look/tables-build';
  pack: unknown;
}

export type TablesBuildReply = { ok: true; tables: StoredTables } | { ok: false; reason: string };

export function isTablesBuildRequest(m: unknown): m is TablesBuildRequest {
  return typeof m === 'object' && m !== null && (m as TablesBuildRequest).type === 'second-look/tables-build' && 'pack' in m;
}

/**
 * The pack in force gets its tables made when it is accepted (utils/tables-build.ts), so the first tab after a new pack
 * loads them instead of compiling. Only a cache: any failure leaves tabs compiling the pack themselves, as they always
 * could, and tables are written only while the pack they were made from is still the one in force.
 */
import { browser } from 'wxt/browser';
import { ENGINE_ID, TABLES_FORMAT, packFingerprint } from '../../rules/tables';
import { TABLES_KEY } from '../../utils/pack-status';
import type { TablesBuildReply, TablesBuildRequest } from '../../utils/tables-build';

const PACK_KEY = 'pack.active';

/** Sends the request to whatever builds tables (the checking page; tests answer it themselves). */
export type AskForTables = (request: TablesBuildRequest) => Promise<TablesBuildReply | undefined>;

/** Do the stored tables fit this pack and this build of the engine? (Their contents are checked as a tab loads them.) */
function fits(tables: unknown, pack: unknown): boolean {
  const t = tables as { format?: unknown; engine?: unknown; pack?: unknown } | null | undefined;
  return !!t && t.format === TABLES_FORMAT && t.engine === ENGINE_ID && t.pack === packFingerprint(pack);
}

/**
 * Makes and stores tables for the pack in force unless tables that fit it are stored already; resolves with what it did,
 * never rejects.
 */
export async function buildTablesForActive(ask: AskForTables): Promise<'built' | 'already' | 'no pack' | 'pack changed' | string> {
  try {
    const got = await browser.storage.local.get([PACK_KEY, TABLES_KEY]);
    const pack = got[PACK_KEY];
    if (pack === undefined) return 'no pack';
    if (fits(got[TABLES_KEY], pack)) return 'already';
    const reply = await ask({ type: 'second-look/tables-build', pack });
    if (!reply) return 'no reply';
    if (!reply.ok) return reply.reason;
    // A newer pack may have come meanwhile: these tables would then be another pack's.
    const now = (await browser.storage.local.get(PACK_KEY))[PACK_KEY];
    if (now === undefined || packFingerprint(now) !== reply.tables.pack || reply.tables.pack !== packFingerprint(pack)) return 'pack changed';
    await browser.storage.local.set({ [TABLES_KEY]: reply.tables });
    return 'built';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

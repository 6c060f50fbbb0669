/** The checking page's side of building tables at pack acceptance (utils/tables-build.ts): a chunk of its own, loaded only when asked. */
import { compile, parsePack, storeTables } from '../../rules';
import type { TablesBuildReply } from '../../utils/tables-build';

export function buildTables(storedPack: unknown): TablesBuildReply {
  const parsed = parsePack(storedPack);
  if (!parsed.ok) return { ok: false, reason: `the pack is not valid: ${parsed.errors.join('; ')}` };
  return { ok: true, tables: storeTables(compile(parsed.pack).tables, storedPack) };
}

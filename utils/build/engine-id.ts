/**
 * The engine build's id, for the build (wxt.config.ts): a hash of every file under rules/, so tables a tab stored with one
 * build of the engine (rules/tables.ts) are never read by another, even when the extension's version stays the same.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const RULES = fileURLToPath(new URL('../../rules/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]))
    .sort();
}

export function engineId(): string {
  const hash = createHash('sha256');
  for (const file of files(RULES)) hash.update(relative(RULES, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

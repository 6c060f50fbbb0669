/**
 * A copy of the built Chromium extension with a fixed manifest "key", so its id is known before it loads (policy files
 * are keyed by extension id). The shipped build carries no key: a store or self-hosted .crx gets its id from its own
 * signing key, and a stray manifest key would fight it. Only the public half is here; unpacked loading needs no more.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './chromium';

/** An RSA public key (SPKI DER, base64) made for these tests. */
export const TEST_MANIFEST_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuEJic9dMCVa4wAKyGvvXFMN6AN/e5nhP9VqVmb03Sezc/szjCH0fZR9fCopwowetpRMvHQsXiQcRgMtuW4doKgFetcmmmL5gPEUCXqYpzoJJjdq8d11vbwEdyF6Fke+jQZ6UB2N9jUbtmQxczQfF709gNoN0SyfN4fF8M4Wu5OOgqsy3gosTDrVAQAS3iUOm2+kM6vd9VL34icwalGPYb7x6nNBEr+irPt9L0hT7HoeY2irGYYi+la82S7qqD17HzpLoXwXIEm8//3RL8O31WdKr6hMd6PPTqAdsrPx/ADGB818J0AvI2fVlrYxBO51BZveh58kP+npEOvCbCKN0EwIDAQAB';

/** Chromium's id for a key: the first 16 bytes of its SHA-256, each hex digit written as a letter a–p. */
export function extensionIdOf(manifestKey: string): string {
  const digest = createHash('sha256').update(Buffer.from(manifestKey, 'base64')).digest().subarray(0, 16);
  return [...digest].map((b) => String.fromCharCode(97 + (b >> 4), 97 + (b & 15))).join('');
}

export const TEST_EXTENSION_ID = extensionIdOf(TEST_MANIFEST_KEY); // fpmigjckemlgcicjchgnpcaffkmagkpl

export function keyedCopy(): { dir: string; id: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'second-look-keyed-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, key: TEST_MANIFEST_KEY }));
  return { dir, id: TEST_EXTENSION_ID, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

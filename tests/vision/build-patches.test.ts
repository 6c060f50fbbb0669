/** The build-time patches: CDN defaults in the vision libraries are gone; the OCR core loads gzipped. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { stripCdnDefaults } from '../../vision/build/no-cdn';
import { gzippedCopy, loadGzippedWasm } from '../../vision/build/wasm-gzip';

const require = createRequire(import.meta.url);

describe('stripCdnDefaults', () => {
  it('turns a CDN default into a path inside the extension', () => {
    expect(stripCdnDefaults('p||"https://cdn.jsdelivr.net/npm/tesseract.js-core@v7"')).toBe('p||"/npm/tesseract.js-core@v7"');
  });
});

describe('loadGzippedWasm', () => {
  const loader = readFileSync(join(dirname(require.resolve('tesseract.js-core/package.json')), 'tesseract-core-simd-lstm.js'), 'utf8');

  it('makes the OCR core fetch its .wasm.gz and inflate it while compiling', () => {
    const patched = loadGzippedWasm(loader, 'tesseract-core-simd-lstm.wasm');
    expect(patched).toContain('"tesseract-core-simd-lstm.wasm.gz"');
    expect(patched).not.toContain('"tesseract-core-simd-lstm.wasm"');
    expect(patched).toContain('new DecompressionStream("gzip")');
    expect(patched).toContain('"Content-Type":"application/wasm"');
  });

  it('refuses a loader it was not written for', () => {
    expect(() => loadGzippedWasm('var x = 1;', 'tesseract-core-simd-lstm.wasm')).toThrow(/tesseract\.js-core 7/);
  });

  it('writes a gzip that inflates to the same bytes', () => {
    const src = join(mkdtempSync(join(tmpdir(), 'sl-gz-')), 'a.wasm');
    writeFileSync(src, Buffer.from('\0asm and some bytes'.repeat(50)));
    expect(gunzipSync(readFileSync(gzippedCopy(src, join(tmpdir(), 'sl-gz-cache')))).equals(readFileSync(src))).toBe(true);
  });
});

/** The build-time patches: CDN defaults in the vision libraries are gone; the OCR core loads gzipped. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { stripCdnDefaults } from '../../vision/build/no-cdn';
import { gzippedCopy, loadGzippedWasm } from '../../vision/build/wasm-gzip';
import { prefetchOcrModel } from '../../vision/build/ocr-model';

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

describe('prefetchOcrModel', () => {
  const worker = readFileSync(join(dirname(require.resolve('tesseract.js/package.json')), 'dist/worker.min.js'), 'utf8');

  it('puts the model\'s download and native inflate in front of the worker', () => {
    const patched = prefetchOcrModel(worker, 'eng.traineddata.gz');
    expect(patched.endsWith(worker)).toBe(true);
    expect(patched.slice(0, patched.length - worker.length)).toContain('new DecompressionStream("gzip")');
    expect(patched.slice(0, patched.length - worker.length)).toContain('"eng.traineddata.gz"');
  });

  it('answers the worker\'s fetch of the model from the early download, and passes any other fetch through', async () => {
    const gz = (await import('node:zlib')).gzipSync(Buffer.from('model bytes'));
    const fetched: string[] = [];
    const scope = {
      location: { href: 'chrome-extension://id/vision/tesseract/worker.min.js' },
      fetch: async (url: string) => (fetched.push(String(url)), new Response(String(url).endsWith('.gz') ? gz : 'other')),
    } as unknown as typeof globalThis;
    new Function('self', prefetchOcrModel('var v;"webworker"===v;".traineddata"', 'eng.traineddata.gz'))(scope);
    expect(fetched).toEqual(['chrome-extension://id/vision/tesseract/eng.traineddata.gz']);
    const model = await scope.fetch('chrome-extension://id/vision/tesseract/eng.traineddata.gz');
    expect(await model.text()).toBe('model bytes');
    expect(await (await scope.fetch('chrome-extension://id/vision/tesseract/other.js')).text()).toBe('other');
    // A second load of the model (a worker re-initialised) downloads it again rather than reusing spent bytes.
    expect(await (await scope.fetch('chrome-extension://id/vision/tesseract/eng.traineddata.gz')).text()).toBe('model bytes');
    expect(fetched).toHaveLength(3);
  });

  it('refuses a worker it was not written for', () => {
    expect(() => prefetchOcrModel('var x = 1;', 'eng.traineddata.gz')).toThrow(/tesseract\.js 7/);
  });
});

/**
 * Tesseract's WebAssembly core ships gzipped (2.8 MB → 1.1 MB, the largest saving left after OpenCV went): its loader
 * is patched to fetch the .gz and inflate it with the browser's own DecompressionStream while it compiles.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const STREAMING_FETCH = 'fetch(b,{credentials:"same-origin"})';
const INFLATED = `${STREAMING_FETCH}.then(r=>{if(!r.ok)throw new Error("the OCR core did not load ("+r.status+")");return new Response(r.body.pipeThrough(new DecompressionStream("gzip")),{headers:{"Content-Type":"application/wasm"}})})`;

/** The Emscripten loader of tesseract.js-core 7, reading `<name>.wasm.gz` through DecompressionStream; throws on another version's loader. */
export function loadGzippedWasm(loader: string, wasmName: string): string {
  const name = JSON.stringify(wasmName);
  if (loader.split(STREAMING_FETCH).length !== 2 || loader.split(name).length !== 3) {
    throw new Error(`the ${wasmName} loader is not the tesseract.js-core 7 build this patch was written for (streaming fetch or file name not found exactly once)`);
  }
  return loader.replace(STREAMING_FETCH, INFLATED).split(name).join(JSON.stringify(`${wasmName}.gz`));
}

/** Gzips a file once per build into a cache folder (a public asset can be copied from disk, not given as bytes); its path. */
export function gzippedCopy(src: string, cacheDir: string): string {
  const out = join(cacheDir, `${src.split(/[\\/]/).pop()}.gz`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, gzipSync(readFileSync(src), { level: 9 }));
  return out;
}

/** The model and library files the image checks need, copied into the build from node_modules: nothing is fetched at run time. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stripCdnDefaults } from './no-cdn';
import { gzippedCopy, loadGzippedWasm } from './wasm-gzip';
import { prefetchOcrModel } from './ocr-model';

const require = createRequire(import.meta.url);
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** Where each file lands in the extension; the offscreen code reads the same paths (vision/paths.ts). */
export type VisionFile = { relativeDest: string; absoluteSrc: string } | { relativeDest: string; contents: string };

export function visionFiles(): VisionFile[] {
  const tess = pkgDir('tesseract.js');
  const core = pkgDir('tesseract.js-core');
  const eng = pkgDir('@tesseract.js-data/eng');
  const face = pkgDir('@vladmandic/face-api');
  const tfWasm = pkgDir('@tensorflow/tfjs-backend-wasm');
  const cache = join(core, '../.cache/second-look');
  return [
    // The worker fetches the English model as it starts, inflated natively, while the core compiles (vision/build/ocr-model.ts).
    { relativeDest: 'vision/tesseract/worker.min.js', contents: prefetchOcrModel(stripCdnDefaults(readFileSync(join(tess, 'dist/worker.min.js'), 'utf8')), 'eng.traineddata.gz') },
    // One core only: LSTM recognition with SIMD (every browser we support has it); the .wasm, gzipped, sits beside its loader.
    { relativeDest: 'vision/tesseract/tesseract-core-simd-lstm.js', contents: loadGzippedWasm(readFileSync(join(core, 'tesseract-core-simd-lstm.js'), 'utf8'), 'tesseract-core-simd-lstm.wasm') },
    { relativeDest: 'vision/tesseract/tesseract-core-simd-lstm.wasm.gz', absoluteSrc: gzippedCopy(join(core, 'tesseract-core-simd-lstm.wasm'), cache) },
    // The small "best_int" English model (2.9 MB) that goes with LSTM-only recognition.
    { relativeDest: 'vision/tesseract/eng.traineddata.gz', absoluteSrc: join(eng, '4.0.0_best_int/eng.traineddata.gz') },
    // Only the tiny face detector (190 kB), none of the recognition or age models.
    { relativeDest: 'vision/face/tiny_face_detector_model-weights_manifest.json', absoluteSrc: join(face, 'model/tiny_face_detector_model-weights_manifest.json') },
    { relativeDest: 'vision/face/tiny_face_detector_model.bin', absoluteSrc: join(face, 'model/tiny_face_detector_model.bin') },
    // tfjs's WebAssembly backend with SIMD (the version face-api bundles, 4.22.0), the single-threaded build only, gzipped.
    { relativeDest: 'vision/face/tfjs-backend-wasm-simd.wasm.gz', absoluteSrc: gzippedCopy(join(tfWasm, 'dist/tfjs-backend-wasm-simd.wasm'), cache) },
  ];
}

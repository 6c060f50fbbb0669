/** Counts faces with face-api's tiny detector on tfjs's WASM backend: how many, never who, never how old. */
import * as faceapi from '@vladmandic/face-api';
import { VISION_PATHS, extensionUrl } from '../paths';
import { onGreyPrint } from '../face-colour';
import { insideBorder, levelled } from '../face-input';
import { mark, type Timeline } from '../timeline';

let ready: Promise<void> | null = null;

/** When each step of loading the detector finished (ms on the page's clock), for the benchmark's cold row. */
export const faceStartup: Record<string, number> = {};

/** Large enough for a face in a group photo; the detector's cost grows with its square. */
export const FACE_INPUT_SIZE = 416;
export const FACE_MIN_SCORE = 0.6;
/** Weaker candidates are reported too (as scores only), to see how close a miss or a false alarm was. */
const REPORT_MIN_SCORE = 0.3;

type Tf = {
  setBackend(name: string): Promise<boolean>;
  ready(): Promise<void>;
  getBackend(): string;
  env(): { set(flag: string, value: boolean): void };
  setWasmPaths(paths: Record<string, string>): void;
};

/** The backend's .wasm ships gzipped (415 → 135 kB): inflated by the browser into a blob: URL that tfjs fetches as it would the file. */
async function inflatedWasm(): Promise<string> {
  const response = await fetch(extensionUrl(VISION_PATHS.tfjsWasm));
  if (!response.ok || !response.body) throw new Error(`the face detector's WebAssembly did not load (${response.status})`);
  const bytes = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  return URL.createObjectURL(new Blob([bytes], { type: 'application/wasm' }));
}

/** Loads tfjs's backend and the detector's weights once (the checking page asks as it opens, before the picture is decoded). */
export function loadFaceDetector(): Promise<void> {
  ready ??= (async () => {
    // These are in the bundled tfjs but not in face-api's narrowed typings.
    const tf = faceapi.tf as unknown as Tf;
    faceStartup.start = performance.now();
    // The WASM backend with SIMD, from the extension's own file: tfjs's CPU backend is over 10x slower on this detector.
    // No threads: the checking page is not cross-origin isolated, so the one single-threaded SIMD build serves every name.
    const wasm = await inflatedWasm().catch(() => null);
    faceStartup.inflated = performance.now();
    if (wasm) {
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      tf.setWasmPaths({ 'tfjs-backend-wasm.wasm': wasm, 'tfjs-backend-wasm-simd.wasm': wasm, 'tfjs-backend-wasm-threaded-simd.wasm': wasm });
    }
    const onWasm = wasm !== null && (await tf.setBackend('wasm'));
    if (wasm) URL.revokeObjectURL(wasm);
    if (!onWasm) await tf.setBackend('cpu');
    await tf.ready();
    faceStartup.backend = performance.now();
    // A path, not a full URL: face-api folds the "//" of chrome-extension:// away. The page is on the extension's origin.
    await faceapi.nets.tinyFaceDetector.loadFromUri(VISION_PATHS.faceModels);
    faceStartup.ready = performance.now();
  })().catch((error) => {
    ready = null;
    throw error;
  });
  return ready;
}

/** Which tfjs backend counts the faces ('wasm', or 'cpu' if WebAssembly could not start), for the report. */
export function faceBackend(): string {
  return (faceapi.tf as unknown as Tf).getBackend();
}

/**
 * Scores of every likely face, highest first (the count is how many reach FACE_MIN_SCORE). The detector sees the photo
 * inside any plain border, its tones stretched (vision/face-input.ts); candidates on grey print are dropped.
 */
export async function faceScores(image: ImageData, timeline?: Timeline): Promise<number[]> {
  await loadFaceDetector();
  mark(timeline, 'page: face detector ready');
  const view = levelled(image, insideBorder(image));
  const pixels = new ImageData(view.data, view.width, view.height);
  const input = faceapi.tf.browser.fromPixels(pixels);
  mark(timeline, 'page: face input levelled');
  try {
    const found = await faceapi.detectAllFaces(input as unknown as faceapi.TNetInput, new faceapi.TinyFaceDetectorOptions({ inputSize: FACE_INPUT_SIZE, scoreThreshold: REPORT_MIN_SCORE }));
    mark(timeline, 'page: faces detected');
    return found.filter((f) => !onGreyPrint(view, f.box)).map((f) => f.score).sort((a, b) => b - a);
  } finally {
    input.dispose();
  }
}

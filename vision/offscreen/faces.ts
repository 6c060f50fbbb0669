/** Counts faces with face-api's tiny detector on the CPU backend: how many, never who, never how old. */
import { browser } from 'wxt/browser';
import * as faceapi from '@vladmandic/face-api';
import { VISION_PATHS } from '../paths';

let ready: Promise<void> | null = null;

/** Large enough for a face in a group photo; the detector's cost grows with its square. */
export const FACE_INPUT_SIZE = 416;
export const FACE_MIN_SCORE = 0.5;

function load(): Promise<void> {
  ready ??= (async () => {
    // The CPU backend: WebGL may be missing in an offscreen document or a headless browser, and the WASM backend's files are not in the package.
    await faceapi.tf.setBackend('cpu');
    await faceapi.tf.ready();
    await faceapi.nets.tinyFaceDetector.loadFromUri(browser.runtime.getURL(VISION_PATHS.faceModels as '/vision/opencv.js'));
  })().catch((error) => {
    ready = null;
    throw error;
  });
  return ready;
}

export async function countFaces(image: ImageData): Promise<number> {
  await load();
  const input = faceapi.tf.browser.fromPixels(image);
  try {
    const found = await faceapi.detectAllFaces(input as unknown as faceapi.TNetInput, new faceapi.TinyFaceDetectorOptions({ inputSize: FACE_INPUT_SIZE, scoreThreshold: FACE_MIN_SCORE }));
    return found.length;
  } finally {
    input.dispose();
  }
}

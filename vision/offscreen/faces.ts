/** Counts faces with face-api's tiny detector on the CPU backend: how many, never who, never how old. */
import * as faceapi from '@vladmandic/face-api';
import { VISION_PATHS } from '../paths';
import { isGreyPhoto, onGrey } from '../face-colour';

let ready: Promise<void> | null = null;

/** Large enough for a face in a group photo; the detector's cost grows with its square. */
export const FACE_INPUT_SIZE = 416;
export const FACE_MIN_SCORE = 0.6;
/** Weaker candidates are reported too (as scores only), to see how close a miss or a false alarm was. */
const REPORT_MIN_SCORE = 0.3;

function load(): Promise<void> {
  ready ??= (async () => {
    // setBackend/ready are in the bundled tfjs but not in face-api's narrowed typings. The CPU backend: WebGL may be missing in an offscreen document or a headless browser, and the WASM backend's files are not in the package.
        const tf = faceapi.tf as unknown as { setBackend(name: string): Promise<boolean>; ready(): Promise<void> };
    await tf.setBackend('cpu');
    await tf.ready();
    // A path, not a full URL: face-api folds the "//" of chrome-extension:// away. The page is on the extension's origin.
    await faceapi.nets.tinyFaceDetector.loadFromUri(VISION_PATHS.faceModels);
  })().catch((error) => {
    ready = null;
    throw error;
  });
  return ready;
}

/** Scores of every likely face not on grey ground (in a black-and-white photo, every one), highest first (the count is how many reach FACE_MIN_SCORE). */
export async function faceScores(image: ImageData): Promise<number[]> {
  await load();
  const input = faceapi.tf.browser.fromPixels(image);
  try {
    const found = await faceapi.detectAllFaces(input as unknown as faceapi.TNetInput, new faceapi.TinyFaceDetectorOptions({ inputSize: FACE_INPUT_SIZE, scoreThreshold: REPORT_MIN_SCORE }));
    const greyPhoto = isGreyPhoto(image);
    return found.filter((f) => greyPhoto || !onGrey(image, f.box)).map((f) => f.score).sort((a, b) => b - a);
  } finally {
    input.dispose();
  }
}

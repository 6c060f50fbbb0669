/** Runs the three checks on one picture, each against its own clock, and reports what each found or why it did not finish. */
import type { ImageReport, ImageRunRequest } from '../protocol';
import { withTimeLimit } from '../time-limit';
import { mark, type Timeline } from '../timeline';
import { decodeImage, scaleDown } from './decode';
import { SCENE_MAX_SIDE } from '../logo-match';
import { findLogos, logoStartup, startLogoWorker } from './logo';
import { ocrStartup, readText, startOcr } from './ocr';

const scriptAt = performance.now();
import { DEMO_LOGOS } from './demo-logos';

/** Per-check limits, first run included (loading a model takes a second or two on a slow machine). */
export const LIMITS_MS = { logo: 10_000, text: 20_000, faces: 10_000 };
/** OCR and faces read a smaller copy: text on a phone photo stays legible at this size, and time grows with pixels. */
const OCR_MAX_SIDE = 1600;
const FACE_MAX_SIDE = 1024;

/**
 * A picture usually arrives within milliseconds of the page opening: the face detector's code waits this long, or until
 * that picture is decoded and handed to the workers, as evaluating it is one long task (0.3 s quiet, 1.7 s on a busy
 * machine) in which the picture's message would wait unread. Opened for a file picker, the page has seconds to spare.
 */
export const FACE_CODE_DELAY_MS = 500;

/**
 * Starts the OCR worker and the logo worker as the page opens (it opens for a picture), then the face detector: a
 * first check waits for the slowest model, not for decoding and then each model in turn. A failure here is retried by
 * the check itself, which reports it.
 */
export function warmUp(): void {
  startOcr().catch(() => {});
  startLogoWorker();
  setTimeout(loadFaces, FACE_CODE_DELAY_MS);
}

function loadFaces(): void {
  faceModule().then((f) => f.loadFaceDetector()).catch(() => {});
}

let faces: Promise<typeof import('./faces')> | null = null;

/**
 * The face detector's code (tfjs and face-api, most of the page's script) is a chunk of its own, loaded after the OCR
 * and logo workers have started: evaluated first, it held up Tesseract's start-up, the slowest of a cold check.
 */
function faceModule(): Promise<typeof import('./faces')> {
  faces ??= import('./faces').catch((error) => {
    faces = null;
    throw error;
  });
  return faces;
}

export async function runImageCheck(req: ImageRunRequest, timeline?: Timeline): Promise<ImageReport> {
  const started = performance.now();
  const startup: NonNullable<ImageReport['startup']> = { script: scriptAt, request: started, ocr: ocrStartup, faces: {}, logo: logoStartup };
  // Decoded once, at the largest size a check reads; the others get a scaled copy.
  const pixels = await decodeImage(req.image, Math.max(OCR_MAX_SIDE, SCENE_MAX_SIDE), timeline);
  const { image } = scaleDown(pixels, OCR_MAX_SIDE);
  const scene = scaleDown(pixels, SCENE_MAX_SIDE).image;
  const faceInput = scaleDown(pixels, FACE_MAX_SIDE).image;
  const decodeMs = performance.now() - started;
  mark(timeline, 'page: scaled copies made');
  // Three threads: OCR in Tesseract's worker, the logo in its own, faces here (WebAssembly, a tenth of a second).
  const text = withTimeLimit(() => readText(image, timeline), LIMITS_MS.text).then((o) => (mark(timeline, 'page: words done'), o));
  // The scene's pixels are handed to the logo worker; a copy when OCR or faces read the same ImageData.
  const logoScene = scene === image || scene === faceInput ? new ImageData(new Uint8ClampedArray(scene.data), scene.width, scene.height) : scene;
  const logo = withTimeLimit(() => findLogos(logoScene, req.demoLogos ? DEMO_LOGOS : req.logos, timeline), LIMITS_MS.logo).then((o) => (mark(timeline, 'page: logo done'), o));
  // The workers have their pixels: the face detector's code may hold this thread now.
  loadFaces();
  let scores: number[] = [];
  let backend: string | undefined;
  const faces = await withTimeLimit(async () => {
    const f = await faceModule();
    startup.faces = f.faceStartup;
    scores = await f.faceScores(faceInput, timeline);
    backend = f.faceBackend();
    mark(timeline, 'page: faces done');
    return scores.filter((s) => s >= f.FACE_MIN_SCORE).length;
  }, LIMITS_MS.faces);
  return { width: image.width, height: image.height, decodeMs, logo: await logo, text: await text, faces, faceScores: scores.map((s) => Math.round(s * 100) / 100), faceBackend: backend, startup };
}

/** Reads the words in a picture with Tesseract (LSTM, English), every file from the extension itself. */
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { VISION_PATHS, extensionUrl } from '../paths';
import { readsAWord, wordsToText, type OcrWord } from '../ocr-text';
import { inkOnly, mergeReadings, PAPER_GROUND_SHARE } from '../ink';
import { flatGroundShare } from '../face-colour';
import { toPpm } from '../ppm';
import { cropWithMargin, regionsToRead } from '../text-regions';
import { mark, type Timeline } from '../timeline';

let worker: Promise<Worker> | null = null;

/** When each step of the worker's start-up finished (ms on the page's clock), for the benchmark's cold row. */
export const ocrStartup: Record<string, number> = {};

function startWorker(): Promise<Worker> {
  ocrStartup.start = performance.now();
  return createWorker('eng', OEM.LSTM_ONLY, {
    logger: (m: { status: string; progress: number }) => {
      if (m.progress === 1) ocrStartup[m.status] ??= performance.now();
    },
    workerPath: extensionUrl(VISION_PATHS.tesseractWorker),
    corePath: extensionUrl(VISION_PATHS.tesseractCore),
    langPath: extensionUrl(VISION_PATHS.tesseractLang),
    // A blob: worker could not load the extension's scripts; caching would write to IndexedDB.
    workerBlobURL: false,
    cacheMethod: 'none',
    gzip: true,
  }).then(async (w) => {
    // Sparse text: signs, name labels on paintings and chat bubbles are scattered, not a page of prose.
    await w.setParameters({ tessedit_pageseg_mode: PSM.SPARSE_TEXT });
    ocrStartup.ready = performance.now();
    return w;
  });
}

/** One Tesseract pass. The pixels go as a PPM file: no PNG to encode here and decode in the worker (a tenth of a second each at 1600 px). */
type Pixels = { data: Uint8ClampedArray | Uint8Array; width: number; height: number };

async function recognize(w: Worker, pixels: Pixels): Promise<string> {
  // tesseract.js passes bytes through as they are (its typings name only Node's Buffer for them).
  const { data } = await w.recognize(toPpm(pixels) as unknown as Blob, {}, { text: false, blocks: true });
  const words: OcrWord[] = [];
  for (const block of data.blocks ?? []) for (const para of block.paragraphs) for (const line of para.lines) {
    line.words.forEach((word, i) => words.push({ text: word.text, confidence: word.confidence, newLine: i === 0 }));
  }
  return wordsToText(words);
}

/** Starts the worker and loads the model once (the checking page asks as it opens, before the picture is decoded). */
export function startOcr(): Promise<Worker> {
  worker ??= startWorker().catch((error) => {
    worker = null;
    throw error;
  });
  return worker;
}

/** Reads each view in turn (one worker: Tesseract is single-threaded) and merges the lines. */
async function readAll(w: Worker, views: Pixels[]): Promise<string> {
  const parts: string[] = [];
  for (const view of views) parts.push(await recognize(w, view));
  return mergeReadings(...parts);
}

/**
 * Reads only the parts of the picture that look like text (vision/text-regions.ts: none in most photos of people, so
 * no pass at all), or the whole picture when those parts are most of it; for a photo that is all. A picture on paper
 * (a drawing, a page) whose parts held no word is read as before too: whole, then its dark strokes alone (names in
 * pencil or marker on a painting, which the finder may pass over), so a drawing never loses a name to the finder.
 * Each pass over a whole picture was most of a check's time (issue 13).
 */
export async function readText(image: ImageData, timeline?: Timeline): Promise<string> {
  const w = await startOcr();
  mark(timeline, 'page: OCR worker ready');
  const boxes = regionsToRead(image);
  mark(timeline, `page: text regions found (${boxes ? boxes.length : 'whole picture'})`);
  const plain = boxes ? await readAll(w, boxes.map((b) => cropWithMargin(image, b))) : await recognize(w, image);
  mark(timeline, 'page: first OCR reading done');
  if (readsAWord(plain) || flatGroundShare(image) < PAPER_GROUND_SHARE) return plain;
  const whole = boxes ? mergeReadings(plain, await recognize(w, image)) : plain;
  if (readsAWord(whole)) return whole;
  return mergeReadings(whole, await recognize(w, { data: inkOnly(image), width: image.width, height: image.height }));
}

/** Frees the worker and its model (the offscreen document is also closed when idle). */
export async function stopOcr(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await (await w).terminate();
}

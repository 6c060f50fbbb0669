/** Reads the words in a picture with Tesseract (LSTM, English), every file from the extension itself. */
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { VISION_PATHS, extensionUrl } from '../paths';
import { readsAWord, wordsToText, type OcrWord } from '../ocr-text';
import { inkOnly, mergeReadings, PAPER_GROUND_SHARE } from '../ink';
import { flatGroundShare } from '../face-colour';
import { toPpm } from '../ppm';

let worker: Promise<Worker> | null = null;

function startWorker(): Promise<Worker> {
  return createWorker('eng', OEM.LSTM_ONLY, {
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
    return w;
  });
}

/** One Tesseract pass. The pixels go as a PPM file: no PNG to encode here and decode in the worker (a tenth of a second each at 1600 px). */
async function recognize(w: Worker, pixels: { data: Uint8ClampedArray | Uint8Array; width: number; height: number }): Promise<string> {
  // tesseract.js passes bytes through as they are (its typings name only Node's Buffer for them).
  const { data } = await w.recognize(toPpm(pixels) as unknown as Blob, {}, { text: false, blocks: true });
  const words: OcrWord[] = [];
  for (const block of data.blocks ?? []) for (const para of block.paragraphs) for (const line of para.lines) {
    line.words.forEach((word, i) => words.push({ text: word.text, confidence: word.confidence, newLine: i === 0 }));
  }
  return wordsToText(words);
}

/**
 * Reads the picture as it is; only if that finds no word and the picture is on paper (a drawing, a page), reads its
 * dark strokes alone (names in marker on a painting) and merges the two. Each pass is most of a check's time (issue 13).
 */
export async function readText(image: ImageData): Promise<string> {
  worker ??= startWorker().catch((error) => {
    worker = null;
    throw error;
  });
  const w = await worker;
  const plain = await recognize(w, image);
  if (readsAWord(plain) || flatGroundShare(image) < PAPER_GROUND_SHARE) return plain;
  return mergeReadings(plain, await recognize(w, { data: inkOnly(image), width: image.width, height: image.height }));
}

/** Frees the worker and its model (the offscreen document is also closed when idle). */
export async function stopOcr(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await (await w).terminate();
}

/** Reads the words in a picture with Tesseract (LSTM, English), every file from the extension itself. */
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { VISION_PATHS, extensionUrl } from '../paths';
import { readsAWord, wordsToText, type OcrWord } from '../ocr-text';
import { inkOnly, mergeReadings } from '../ink';

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

async function recognize(w: Worker, canvas: OffscreenCanvas): Promise<string> {
  const { data } = await w.recognize(canvas, {}, { text: false, blocks: true });
  const words: OcrWord[] = [];
  for (const block of data.blocks ?? []) for (const para of block.paragraphs) for (const line of para.lines) {
    line.words.forEach((word, i) => words.push({ text: word.text, confidence: word.confidence, newLine: i === 0 }));
  }
  return wordsToText(words);
}

/**
 * Reads the picture as it is; only if that finds no word, reads its dark strokes alone (names in marker on a
 * painting) and merges the two. One pass is most of the time a picture takes (issue 13).
 */
export async function readText(canvas: OffscreenCanvas, image: ImageData): Promise<string> {
  worker ??= startWorker().catch((error) => {
    worker = null;
    throw error;
  });
  const w = await worker;
  const plain = await recognize(w, canvas);
  if (readsAWord(plain)) return plain;
  const inkCanvas = new OffscreenCanvas(image.width, image.height);
  inkCanvas.getContext('2d')!.putImageData(new ImageData(inkOnly(image), image.width, image.height), 0, 0);
  return mergeReadings(plain, await recognize(w, inkCanvas));
}

/** Frees the worker and its model (the offscreen document is also closed when idle). */
export async function stopOcr(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await (await w).terminate();
}

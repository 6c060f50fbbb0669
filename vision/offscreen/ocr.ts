/** Reads the words in a picture with Tesseract (LSTM, English), every file from the extension itself. */
import { browser } from 'wxt/browser';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { VISION_PATHS } from '../paths';
import { wordsToText, type OcrWord } from '../ocr-text';

let worker: Promise<Worker> | null = null;

const url = (path: string) => browser.runtime.getURL(path as '/vision/opencv.js');

function startWorker(): Promise<Worker> {
  return createWorker('eng', OEM.LSTM_ONLY, {
    workerPath: url(VISION_PATHS.tesseractWorker),
    corePath: url(VISION_PATHS.tesseractCore),
    langPath: url(VISION_PATHS.tesseractLang),
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

export async function readText(canvas: OffscreenCanvas): Promise<string> {
  worker ??= startWorker().catch((error) => {
    worker = null;
    throw error;
  });
  const w = await worker;
  const { data } = await w.recognize(canvas, {}, { text: false, blocks: true });
  const words: OcrWord[] = [];
  for (const block of data.blocks ?? []) for (const para of block.paragraphs) for (const line of para.lines) {
    line.words.forEach((word, i) => words.push({ text: word.text, confidence: word.confidence, newLine: i === 0 }));
  }
  return wordsToText(words);
}

/** Frees the worker and its model (the offscreen document is also closed when idle). */
export async function stopOcr(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await (await w).terminate();
}

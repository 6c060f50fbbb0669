/** Where the image-check files sit inside the extension (written there by vision/build/assets.ts). */
import { browser } from 'wxt/browser';
export const VISION_PATHS = {
  tesseractWorker: '/vision/tesseract/worker.min.js',
  tesseractCore: '/vision/tesseract/tesseract-core-simd-lstm.js',
  tesseractLang: '/vision/tesseract',
  faceModels: '/vision/face',
  tfjsWasm: '/vision/face/tfjs-backend-wasm-simd.wasm.gz',
  offscreenPage: '/offscreen.html',
} as const;

/** A full extension URL for one of these paths (WXT's typed getURL only knows files in public/, not ones copied by a hook). */
export function extensionUrl(path: string): string {
  return (browser.runtime.getURL as (p: string) => string)(path);
}

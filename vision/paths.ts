/** Where the image-check files sit inside the extension (written there by vision/build/assets.ts). */
export const VISION_PATHS = {
  opencv: '/vision/opencv.js',
  tesseractWorker: '/vision/tesseract/worker.min.js',
  tesseractCore: '/vision/tesseract/tesseract-core-simd-lstm.js',
  tesseractLang: '/vision/tesseract',
  faceModels: '/vision/face',
  offscreenPage: '/offscreen.html',
} as const;

/** Loads the extension's own (eval-free) OpenCV.js once, on the first logo check. */
import { browser } from 'wxt/browser';
import { VISION_PATHS } from '../paths';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- OpenCV.js ships no usable types for its embind API.
export type CV = any;

let loading: Promise<{ cv: CV }> | null = null;

/** Resolves with a wrapper, not cv itself: the Emscripten module is a thenable and `await` would chase it. */
export function loadOpencv(): Promise<{ cv: CV }> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = browser.runtime.getURL(VISION_PATHS.opencv as '/vision/opencv.js');
    script.onerror = () => reject(new Error('OpenCV.js did not load'));
    script.onload = () => {
      const cv = (globalThis as { cv?: CV }).cv;
      if (!cv) return reject(new Error('OpenCV.js loaded but defined nothing'));
      if (cv.Mat) return resolve({ cv });
      cv.onRuntimeInitialized = () => resolve({ cv });
    };
    document.head.append(script);
  });
  return loading;
}

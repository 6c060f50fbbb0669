/** Loads the extension's own (eval-free) OpenCV.js once, on the first logo check. */
import { VISION_PATHS, extensionUrl } from '../paths';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- OpenCV.js ships no usable types for its embind API.
export type CV = any;

let loading: Promise<{ cv: CV }> | null = null;

/** Resolves with a wrapper, not cv itself: the Emscripten module is a thenable and `await` would chase it. */
export function loadOpencv(): Promise<{ cv: CV }> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = extensionUrl(VISION_PATHS.opencv);
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

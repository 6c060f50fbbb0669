/** Drawing helpers for the generated test pictures: OpenCV.js Mats in Node, seeded so every run draws the same set. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import { mulberry32 } from '../../vision/mulberry32';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- OpenCV.js is untyped.
export type CV = any;
export type Mat = CV;

const require = createRequire(import.meta.url);

/** OpenCV.js in Node, to draw the test pictures (a development dependency only: the extension matches logos without it, vision/orb.ts). */
export async function loadCvNode(): Promise<CV> {
  const src = readFileSync(require.resolve('@techstark/opencv-js/dist/opencv.js'), 'utf8');
  const module = { exports: {} as CV };
  // The UMD wrapper assigns module.exports; run once per test process.
  new Function('module', 'exports', 'require', '__filename', '__dirname', src)(module, module.exports, require, 'opencv.js', '.');
  const cv = module.exports;
  if (!cv.Mat) await new Promise<void>((resolve) => (cv.onRuntimeInitialized = resolve));
  return { cv };
}

/** Seeded randomness for placing shapes: the vision code's own generator. */
export const rng = mulberry32;

export function decodePng(buf: Buffer): { data: Uint8Array; width: number; height: number } {
  const png = PNG.sync.read(buf);
  return { data: new Uint8Array(png.data), width: png.width, height: png.height };
}

export function decodeJpeg(buf: Buffer): { data: Uint8Array; width: number; height: number } {
  const img = jpeg.decode(buf, { useTArray: true, formatAsRGBA: true });
  return { data: img.data, width: img.width, height: img.height };
}

export function matFromRgba(cv: CV, img: { data: Uint8Array; width: number; height: number }): Mat {
  const m = new cv.Mat(img.height, img.width, cv.CV_8UC4);
  m.data.set(img.data);
  return m;
}

/** Encodes an RGBA Mat as a JPEG (as a camera or a site would) and returns a data: URL. */
export function toJpegDataUrl(m: Mat, quality = 85): string {
  const out = jpeg.encode({ data: Buffer.from(m.data), width: m.cols, height: m.rows }, quality);
  return `data:image/jpeg;base64,${Buffer.from(out.data).toString('base64')}`;
}

export function toPngBuffer(m: Mat): Buffer {
  const png = new PNG({ width: m.cols, height: m.rows });
  png.data = Buffer.from(m.data);
  return PNG.sync.write(png);
}

/** The pixels a data: URL holds, decoded the way the checks in Node read them. */
export function rgbaOfDataUrl(url: string): { data: Uint8Array; width: number; height: number } {
  const [head, b64] = url.split(',');
  const buf = Buffer.from(b64, 'base64');
  return head.includes('png') ? decodePng(buf) : decodeJpeg(buf);
}

export const color = (cv: CV, r: number, g: number, b: number) => new cv.Scalar(r, g, b, 255);

/** Pastes an RGBA picture through a homography, honouring its transparency. */
export function pasteWarped(cv: CV, scene: Mat, logo: Mat, corners: number[]): void {
  const src = cv.matFromArray(4, 1, cv.CV_32FC2, [0, 0, logo.cols, 0, logo.cols, logo.rows, 0, logo.rows]);
  const dst = cv.matFromArray(4, 1, cv.CV_32FC2, corners);
  const H = cv.getPerspectiveTransform(src, dst);
  const warped = new cv.Mat();
  cv.warpPerspective(logo, warped, H, new cv.Size(scene.cols, scene.rows), cv.INTER_LINEAR, cv.BORDER_CONSTANT, new cv.Scalar(0, 0, 0, 0));
  const s = scene.data;
  const w = warped.data;
  for (let i = 0; i < s.length; i += 4) {
    const a = w[i + 3] / 255;
    if (a === 0) continue;
    for (let c = 0; c < 3; c++) s[i + c] = Math.round(w[i + c] * a + s[i + c] * (1 - a));
  }
  [src, dst, H, warped].forEach((m) => m.delete());
}

/** The corners of a w×h picture placed at (cx, cy), scaled, turned by `deg` and tilted away by `tilt` (0..0.4). */
export function placement(cx: number, cy: number, w: number, h: number, deg: number, tilt = 0): number[] {
  const t = (deg * Math.PI) / 180;
  const pts = [[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]].map(([x, y], i) => {
    // A sign seen from below: the top edge shrinks.
    const k = i < 2 ? 1 - tilt : 1;
    return [x * k, y];
  });
  return pts.flatMap(([x, y]) => [cx + x * Math.cos(t) - y * Math.sin(t), cy + x * Math.sin(t) + y * Math.cos(t)]);
}

/** Camera-ish noise: gaussian on every channel. */
export function addNoise(cv: CV, m: Mat, sigma: number, rand: () => number): void {
  const d = m.data;
  for (let i = 0; i < d.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      const n = (rand() + rand() + rand() - 1.5) * sigma * 1.4;
      d[i + c] = Math.max(0, Math.min(255, d[i + c] + n));
    }
  }
}

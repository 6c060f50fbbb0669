/** Turns a picture (data: URL) into pixels, no larger than the checks need; nothing is kept. */
import { mark, type Timeline } from '../timeline';

export interface Pixels {
  image: ImageData;
  /** The same pixels on a canvas, for the libraries that want one. */
  canvas: OffscreenCanvas;
}

/**
 * Decodes and scales down so the longer side is at most maxSide. Transparent parts become white,
 * as a logo file is drawn on a white page.
 */
export async function decodeImage(src: string, maxSide: number, timeline?: Timeline): Promise<Pixels> {
  const blob = await (await fetch(src)).blob();
  mark(timeline, 'page: file read');
  const bitmap = await createImageBitmap(blob);
  mark(timeline, 'page: decoded');
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const w = Math.max(1, Math.round(bitmap.width * scale));
    const h = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(w, h);
    const g = canvas.getContext('2d', { willReadFrequently: true });
    if (!g) throw new Error('no 2D canvas');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, w, h);
    g.imageSmoothingQuality = 'high';
    g.drawImage(bitmap, 0, 0, w, h);
    const image = g.getImageData(0, 0, w, h);
    mark(timeline, 'page: drawn and read back');
    return { image, canvas };
  } finally {
    bitmap.close();
  }
}

/** A smaller copy of pixels already decoded (no second decode of the file), or the same if already small enough. */
export function scaleDown(src: Pixels, maxSide: number): Pixels {
  const { width, height } = src.canvas;
  const scale = Math.min(1, maxSide / Math.max(width, height));
  if (scale === 1) return src;
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  const canvas = new OffscreenCanvas(w, h);
  const g = canvas.getContext('2d', { willReadFrequently: true });
  if (!g) throw new Error('no 2D canvas');
  g.imageSmoothingQuality = 'high';
  g.drawImage(src.canvas, 0, 0, w, h);
  return { image: g.getImageData(0, 0, w, h), canvas };
}

/**
 * A second look at a face the detector reports: real faces in colour photos have colour, while the tiny detector's
 * false alarms on screenshots, receipts and letters sit on grey. Used to drop candidates on grey ground, except in a
 * black-and-white photo, where every face is grey and must still be reported.
 */

/** Mean of (brightest − darkest channel) below which a box counts as grey. */
export const GREY_CHROMA = 12;
/** A document or screenshot is mostly one flat ground: more than this share of its pixels in one brightness band. */
export const FLAT_GROUND_SHARE = 0.3;

type Img = { data: Uint8ClampedArray | Uint8Array; width: number; height: number };
type Box = { x: number; y: number; width: number; height: number };

export function meanChroma(img: Img, box: Box): number {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(img.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(img.height, Math.ceil(box.y + box.height));
  // Every other pixel each way is plenty for a mean and a quarter of the work; a whole picture, every fourth.
  const step = (x1 - x0) * (y1 - y0) > 250_000 ? 4 : 2;
  let sum = 0;
  let n = 0;
  for (let y = y0; y < y1; y += step) {
    for (let x = x0; x < x1; x += step) {
      const i = (y * img.width + x) * 4;
      const d = img.data;
      sum += Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]);
      n++;
    }
  }
  return n ? sum / n : 0;
}

export function onGrey(img: Img, box: Box): boolean {
  return meanChroma(img, box) < GREY_CHROMA;
}

/** The share of pixels in the fullest of 16 brightness bands: high for paper and screenshots, low for photos. */
export function flatGroundShare(img: Img): number {
  const bins = new Array<number>(16).fill(0);
  let n = 0;
  for (let i = 0; i < img.data.length; i += 16) {
    bins[(img.data[i] * 0.3 + img.data[i + 1] * 0.59 + img.data[i + 2] * 0.11) >> 4]++;
    n++;
  }
  return n ? Math.max(...bins) / n : 0;
}

/** A black-and-white (or sepia-free grey) photo: grey all over, with the spread of tones of a scene, not a flat page. */
export function isGreyPhoto(img: Img): boolean {
  return meanChroma(img, { x: 0, y: 0, width: img.width, height: img.height }) < GREY_CHROMA && flatGroundShare(img) < FLAT_GROUND_SHARE;
}

/**
 * A second look at a face the detector reports. The tiny detector's false alarms on receipts, letters and screenshots
 * sit on grey print: paper or a screen's flat ground with ink on it. A face in a photo, colour or black and white, is
 * shaded: its tones spread over many bands. So a candidate is dropped only when it is grey *and* its box is mostly one
 * flat tone; a grey face in a black-and-white, dim or framed photo is kept, whatever the rest of the picture is.
 */

/** Mean of (brightest − darkest channel) below which a box counts as grey. */
export const GREY_CHROMA = 12;
/**
 * A box with more than this share of its pixels in one of 16 brightness bands is flat ground (paper, a screen), not a
 * face: print in the test set 0.79–0.98, faces in colour, grey, sepia and dim photos at most 0.42.
 */
export const PRINT_GROUND_SHARE = 0.55;

type Img = { data: Uint8ClampedArray | Uint8Array; width: number; height: number };
type Box = { x: number; y: number; width: number; height: number };

const whole = (img: Img): Box => ({ x: 0, y: 0, width: img.width, height: img.height });

/** The box clipped to the picture, and a sampling step: every other pixel each way is plenty, every fourth for a large box. */
function region(img: Img, box: Box) {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(img.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(img.height, Math.ceil(box.y + box.height));
  const step = (x1 - x0) * (y1 - y0) > 250_000 ? 4 : 2;
  return { x0, y0, x1, y1, step };
}

export function meanChroma(img: Img, box: Box): number {
  const { x0, y0, x1, y1, step } = region(img, box);
  const d = img.data;
  let sum = 0;
  let n = 0;
  for (let y = y0; y < y1; y += step) {
    for (let x = x0; x < x1; x += step) {
      const i = (y * img.width + x) * 4;
      sum += Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]);
      n++;
    }
  }
  return n ? sum / n : 0;
}

export function onGrey(img: Img, box: Box): boolean {
  return meanChroma(img, box) < GREY_CHROMA;
}

/** The share of pixels (in the box, or the whole picture) in the fullest of 16 brightness bands: high for paper and screenshots, low for photos. */
export function flatGroundShare(img: Img, box: Box = whole(img)): number {
  const { x0, y0, x1, y1, step } = region(img, box);
  const d = img.data;
  const bins = new Array<number>(16).fill(0);
  let n = 0;
  for (let y = y0; y < y1; y += step) {
    for (let x = x0; x < x1; x += step) {
      const i = (y * img.width + x) * 4;
      bins[(d[i] * 0.3 + d[i + 1] * 0.59 + d[i + 2] * 0.11) >> 4]++;
      n++;
    }
  }
  return n ? Math.max(...bins) / n : 0;
}

/** Grey print (a receipt, a letter, a screenshot) rather than a shaded face: the candidates the check drops. */
export function onGreyPrint(img: Img, box: Box): boolean {
  return onGrey(img, box) && flatGroundShare(img, box) > PRINT_GROUND_SHARE;
}

/**
 * What the face detector is shown: the photo without a plain border (a scanned print's white mat, a phone app's frame,
 * which only make the faces smaller at the detector's fixed input size) and with its tones stretched to the full range
 * (a dim room or a faded print: the tiny detector's scores drop with contrast, and most on grey photos, which lack the
 * skin colour it also leans on). Plain arrays in and out, so it is tested in Node.
 */

type Img = { data: Uint8ClampedArray | Uint8Array; width: number; height: number };
export type Crop = { x: number; y: number; width: number; height: number };

/** A border row or column: every sampled pixel within this many levels of the border's colour, each channel. */
const BORDER_TOLERANCE = 14;
/** At most this share of each side is taken as border (a photo with a plain sky is not a frame). */
const MAX_BORDER_SHARE = 0.2;
/** The darkest and brightest this share of pixels are clipped when the tones are stretched. */
const CLIP_SHARE = 0.01;

function uniformLine(img: Img, ref: number, fixed: number, along: 'row' | 'col'): boolean {
  const d = img.data;
  const n = along === 'row' ? img.width : img.height;
  for (let k = 0; k < n; k += 3) {
    const i = along === 'row' ? (fixed * img.width + k) * 4 : (k * img.width + fixed) * 4;
    if (Math.abs(d[i] - d[ref]) > BORDER_TOLERANCE || Math.abs(d[i + 1] - d[ref + 1]) > BORDER_TOLERANCE || Math.abs(d[i + 2] - d[ref + 2]) > BORDER_TOLERANCE) return false;
  }
  return true;
}

/** The part of the picture inside a plain border of one colour (the whole picture when there is none). */
export function insideBorder(img: Img): Crop {
  const { width: w, height: h } = img;
  const corner = 0;
  let top = 0;
  let bottom = h;
  let left = 0;
  let right = w;
  const maxY = Math.floor(h * MAX_BORDER_SHARE);
  const maxX = Math.floor(w * MAX_BORDER_SHARE);
  while (top < maxY && uniformLine(img, corner, top, 'row')) top++;
  while (h - bottom < maxY && uniformLine(img, corner, bottom - 1, 'row')) bottom--;
  while (left < maxX && uniformLine(img, corner, left, 'col')) left++;
  while (w - right < maxX && uniformLine(img, corner, right - 1, 'col')) right--;
  // A border on one side only is the picture's own plain edge (a wall, the sky): a frame goes all round.
  if (!(top && bottom < h && left && right < w)) return { x: 0, y: 0, width: w, height: h };
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The crop as a new RGBA array, its brightness stretched so the darkest and brightest 1% reach black and white. */
export function levelled(img: Img, crop: Crop): { data: Uint8ClampedArray<ArrayBuffer>; width: number; height: number } {
  const { x: cx, y: cy, width: w, height: h } = crop;
  const d = img.data;
  const hist = new Uint32Array(256);
  let n = 0;
  for (let y = cy; y < cy + h; y += 2) {
    for (let x = cx; x < cx + w; x += 2) {
      const i = (y * img.width + x) * 4;
      hist[(d[i] * 77 + d[i + 1] * 150 + d[i + 2] * 29) >> 8]++;
      n++;
    }
  }
  let lo = 0;
  let hi = 255;
  for (let acc = 0; lo < 255 && (acc += hist[lo]) < n * CLIP_SHARE; lo++);
  for (let acc = 0; hi > 0 && (acc += hist[hi]) < n * CLIP_SHARE; hi--);
  // The same gain on every channel keeps the colours' balance; a flat picture (hi ≤ lo) is copied as it is.
  const gain = hi > lo ? 255 / (hi - lo) : 1;
  const offset = hi > lo ? lo : 0;
  const lut = new Uint8ClampedArray(256);
  for (let v = 0; v < 256; v++) lut[v] = Math.round((v - offset) * gain);
  const out = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    let i = ((cy + y) * img.width + cx) * 4;
    let o = y * w * 4;
    for (let x = 0; x < w; x++, i += 4, o += 4) {
      out[o] = lut[d[i]];
      out[o + 1] = lut[d[i + 1]];
      out[o + 2] = lut[d[i + 2]];
      out[o + 3] = 255;
    }
  }
  return { data: out, width: w, height: h };
}

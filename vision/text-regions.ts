/**
 * Where a picture may hold text, found cheaply so that Tesseract reads only those parts (issue 13: OCR over a whole
 * photo was most of a picture check's time, and most of a photo holds no letters). On the grey picture at OCR size:
 * local contrast (3×3 max − min), cells of 16×16 pixels holding enough strong edges, joined along rows as the letters
 * of a word are, then one padded box per group. "Strong" is relative to the picture's own range of tones, so text in
 * a dark photo still counts. Plain TypeScript on pixel buffers, tested in Node.
 */
import { toGray, type Gray, type RGBA } from './orb';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const CELL = 16;
/** An edge counts as a stroke's when its contrast is this share of the picture's range of tones (2nd to 98th percentile)... */
export const EDGE_SHARE_OF_RANGE = 0.5;
/** ...and never below this, nor above the upper bound (print on paper reaches far more; photo texture mostly stays under it). */
export const EDGE_CONTRAST_MIN = 40;
export const EDGE_CONTRAST_MAX = 96;
/** Share of a cell's pixels on strong edges for the cell to count as text-like. */
export const CELL_EDGE_SHARE = 0.12;
/** Past this share of the picture, or this many boxes, reading the boxes one by one costs as much as reading the whole (each read has its own fixed cost): read the whole. */
export const MAX_REGION_SHARE = 0.5;
export const MAX_REGIONS = 8;

/** max − min over each pixel's 3×3 neighbourhood (0 on the outer rows and columns), separably: rows first, then columns. */
function contrast(g: Gray): Uint8Array {
  const { width: w, height: h, data } = g;
  const hiRow = new Uint8Array(w * h);
  const loRow = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const r = y * w;
    for (let p = r + 1, end = r + w - 1; p < end; p++) {
      const a = data[p - 1];
      const b = data[p];
      const c = data[p + 1];
      hiRow[p] = a > b ? (a > c ? a : c) : b > c ? b : c;
      loRow[p] = a < b ? (a < c ? a : c) : b < c ? b : c;
    }
  }
  const out = new Uint8Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    const r = y * w;
    for (let p = r + 1, end = r + w - 1; p < end; p++) {
      const a = hiRow[p - w];
      const b = hiRow[p];
      const c = hiRow[p + w];
      const d = loRow[p - w];
      const e = loRow[p];
      const f = loRow[p + w];
      const hi = a > b ? (a > c ? a : c) : b > c ? b : c;
      const lo = d < e ? (d < f ? d : f) : e < f ? e : f;
      out[p] = hi - lo;
    }
  }
  return out;
}

/** The contrast a stroke's edge must reach in this picture. */
export function edgeThreshold(g: Gray): number {
  const hist = new Uint32Array(256);
  for (let i = 0; i < g.data.length; i += 3) hist[g.data[i]]++;
  const n = Math.ceil(g.data.length / 3);
  let lo = 0;
  let hi = 255;
  for (let seen = 0; lo < 255 && (seen += hist[lo]) < n * 0.02; lo++);
  for (let seen = 0; hi > 0 && (seen += hist[hi]) < n * 0.02; hi--);
  return Math.min(EDGE_CONTRAST_MAX, Math.max(EDGE_CONTRAST_MIN, Math.round(EDGE_SHARE_OF_RANGE * (hi - lo))));
}

/** Text-like boxes in the picture's pixels, padded by a cell and merged where they touch; empty when nothing looks like text. */
export function textRegions(img: RGBA): Box[] {
  const g = toGray(img);
  const c = contrast(g);
  const threshold = edgeThreshold(g);
  const cw = Math.ceil(g.width / CELL);
  const ch = Math.ceil(g.height / CELL);
  const on = new Uint16Array(cw * ch);
  for (let y = 0; y < g.height; y++) {
    const r = y * g.width;
    const cr = ((y / CELL) | 0) * cw;
    for (let x = 0; x < g.width; x++) if (c[r + x] >= threshold) on[cr + ((x / CELL) | 0)]++;
  }
  const dense = new Uint8Array(cw * ch);
  for (let cy = 0; cy < ch; cy++) {
    for (let cx = 0; cx < cw; cx++) {
      const area = (Math.min(g.width, (cx + 1) * CELL) - cx * CELL) * (Math.min(g.height, (cy + 1) * CELL) - cy * CELL);
      dense[cy * cw + cx] = on[cy * cw + cx] >= CELL_EDGE_SHARE * area ? 1 : 0;
    }
  }
  // The letters of a word leave gaps: close gaps of one cell along a row.
  for (let cy = 0; cy < ch; cy++) {
    const r = cy * cw;
    for (let cx = 1; cx < cw - 1; cx++) if (dense[r + cx] === 0 && dense[r + cx - 1] === 1 && dense[r + cx + 1] === 1) dense[r + cx] = 2;
  }
  const boxes: Box[] = [];
  const seen = new Uint8Array(cw * ch);
  const stack: number[] = [];
  for (let first = 0; first < cw * ch; first++) {
    if (!dense[first] || seen[first]) continue;
    let x0 = cw;
    let y0 = ch;
    let x1 = -1;
    let y1 = -1;
    let cells = 0;
    stack.push(first);
    seen[first] = 1;
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % cw;
      const y = (i - x) / cw;
      cells++;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
      if (x > 0 && dense[i - 1] && !seen[i - 1]) (seen[i - 1] = 1), stack.push(i - 1);
      if (x < cw - 1 && dense[i + 1] && !seen[i + 1]) (seen[i + 1] = 1), stack.push(i + 1);
      if (y > 0 && dense[i - cw] && !seen[i - cw]) (seen[i - cw] = 1), stack.push(i - cw);
      if (y < ch - 1 && dense[i + cw] && !seen[i + cw]) (seen[i + cw] = 1), stack.push(i + cw);
    }
    // A word is at least two cells wide; a lone dense cell is a corner or a speck.
    if (cells < 2 || x1 === x0) continue;
    // Padded by a cell each way (the edges of the first and last letters), in the picture's pixels.
    const x = Math.max(0, (x0 - 1) * CELL);
    const y = Math.max(0, (y0 - 1) * CELL);
    boxes.push({ x, y, width: Math.min(g.width, (x1 + 2) * CELL) - x, height: Math.min(g.height, (y1 + 2) * CELL) - y });
  }
  return mergeBoxes(boxes);
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Boxes that overlap become their bounding box, until none overlap. */
export function mergeBoxes(input: Box[]): Box[] {
  const boxes = input.map((b) => ({ ...b }));
  for (let merged = true; merged; ) {
    merged = false;
    for (let i = 0; i < boxes.length && !merged; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        if (!overlaps(boxes[i], boxes[j])) continue;
        const a = boxes[i];
        const b = boxes[j];
        const x = Math.min(a.x, b.x);
        const y = Math.min(a.y, b.y);
        boxes[i] = { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
        boxes.splice(j, 1);
        merged = true;
        break;
      }
    }
  }
  return boxes;
}

/** What OCR should read: the text-like boxes in reading order (none: the picture holds no text), or null for the whole picture. */
export function regionsToRead(img: RGBA): Box[] | null {
  const boxes = textRegions(img);
  const share = boxes.reduce((n, b) => n + b.width * b.height, 0) / (img.width * img.height);
  if (boxes.length > MAX_REGIONS || share > MAX_REGION_SHARE) return null;
  return boxes.sort((a, b) => a.y - b.y || a.x - b.x);
}

/** One box's pixels with a white margin (Tesseract drops dark ground that touches a picture's edge as a scanner's border). */
export function cropWithMargin(img: RGBA, b: Box, margin = CELL): { data: Uint8ClampedArray; width: number; height: number } {
  const w = b.width + 2 * margin;
  const h = b.height + 2 * margin;
  const out = new Uint8ClampedArray(w * h * 4).fill(255);
  for (let y = 0; y < b.height; y++) {
    const from = ((b.y + y) * img.width + b.x) * 4;
    out.set(img.data.subarray(from, from + b.width * 4), ((y + margin) * w + margin) * 4);
  }
  return { data: out, width: w, height: h };
}

/**
 * ORB features in plain TypeScript (replacing OpenCV.js, 7.3 MB, for this one use): FAST-9 corners on an image
 * pyramid, the best by Harris response, each turned by its intensity centroid, described by 256 brightness
 * comparisons (rotated BRIEF) on a blurred copy. Pixels in, typed arrays out; no DOM, so Node tests run it as is.
 */
import { mulberry32 } from './mulberry32';

export interface RGBA {
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
}

export interface Gray {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Keypoints (in the input's pixels) and their 256-bit descriptors, 8 words each. */
export interface Features {
  count: number;
  x: Float32Array;
  y: Float32Array;
  desc: Uint32Array;
}

export interface OrbOptions {
  features: number;
  /** The described patch's side in pixels; corners nearer the edge than its reach are skipped. */
  patch?: number;
  levels?: number;
  scale?: number;
  fastThreshold?: number;
}

export const DESC_WORDS = 8;

/** Luma as OpenCV's RGBA2GRAY computes it (fixed-point BT.601). */
export function toGray(img: RGBA): Gray {
  const n = img.width * img.height;
  const out = new Uint8Array(n);
  const d = img.data;
  for (let i = 0, j = 0; i < n; i++, j += 4) out[i] = (d[j] * 4899 + d[j + 1] * 9617 + d[j + 2] * 1868 + 8192) >> 14;
  return { data: out, width: img.width, height: img.height };
}

/** Weights of each source pixel for one output pixel of an area (box) resample along one axis. */
function areaTaps(src: number, dst: number): { start: Int32Array; count: Int32Array; weights: Float32Array; stride: number } {
  const ratio = src / dst;
  const stride = Math.ceil(ratio) + 1;
  const start = new Int32Array(dst);
  const count = new Int32Array(dst);
  const weights = new Float32Array(dst * stride);
  for (let o = 0; o < dst; o++) {
    const a = o * ratio;
    const b = Math.min(src, a + ratio);
    const first = Math.floor(a);
    start[o] = first;
    let k = 0;
    for (let s = first; s < b && k < stride; s++, k++) weights[o * stride + k] = (Math.min(b, s + 1) - Math.max(a, s)) / ratio;
    count[o] = k;
  }
  return { start, count, weights, stride };
}

/** A smaller copy by averaging the area each new pixel covers (as INTER_AREA does); never upscales. */
export function resizeArea(g: Gray, width: number, height: number): Gray {
  if (width >= g.width && height >= g.height) return g;
  const { start: hs, count: hc, weights: hw, stride: hStride } = areaTaps(g.width, width);
  const src = g.data;
  const srcW = g.width;
  const tmp = new Float32Array(width * g.height);
  for (let y = 0; y < g.height; y++) {
    const row = y * srcW;
    const outRow = y * width;
    for (let x = 0; x < width; x++) {
      const s = row + hs[x];
      const w0 = x * hStride;
      const n = hc[x];
      let sum = 0;
      for (let k = 0; k < n; k++) sum += src[s + k] * hw[w0 + k];
      tmp[outRow + x] = sum;
    }
  }
  const { start: vs, count: vc, weights: vw, stride: vStride } = areaTaps(g.height, height);
  const out = new Uint8Array(width * height);
  // Row by row: each output row is a weighted sum of a few whole rows of tmp, read in order.
  const acc = new Float64Array(width);
  for (let y = 0; y < height; y++) {
    acc.fill(0);
    const n = vc[y];
    for (let k = 0; k < n; k++) {
      const from = (vs[y] + k) * width;
      const w = vw[y * vStride + k];
      for (let x = 0; x < width; x++) acc[x] += tmp[from + x] * w;
    }
    const outRow = y * width;
    for (let x = 0; x < width; x++) out[outRow + x] = Math.min(255, Math.round(acc[x]));
  }
  return { data: out, width, height };
}

/** A 7-tap Gaussian (sigma 2) both ways in fixed point, edges mirrored: the blur ORB describes on, so single-pixel noise flips no bit. */
const BLUR = [0.3247, 0.6065, 0.8825, 1, 0.8825, 0.6065, 0.3247].map((v) => Math.round((v / 4.6274) * 256));
function blur7(g: Gray): Uint8Array {
  const { width, height, data } = g;
  const [k0, k1, k2, k3] = BLUR;
  const norm = BLUR.reduce((a, b) => a + b, 0);
  const mirror = (i: number, n: number) => (i < 0 ? -i : i >= n ? 2 * n - 2 - i : i);
  const tmp = new Uint32Array(width * height);
  // The mirrored edges (3 pixels each side) apart, so the loop over the inside does no tests.
  const edge = (r: number, x: number) => {
    let s = 0;
    for (let t = -3; t <= 3; t++) s += data[r + mirror(x + t, width)] * BLUR[t + 3];
    tmp[r + x] = s;
  };
  for (let y = 0; y < height; y++) {
    const r = y * width;
    for (let x = 0; x < Math.min(3, width); x++) edge(r, x);
    for (let p = r + 3, end = r + width - 3; p < end; p++) {
      tmp[p] = k0 * (data[p - 3] + data[p + 3]) + k1 * (data[p - 2] + data[p + 2]) + k2 * (data[p - 1] + data[p + 1]) + k3 * data[p];
    }
    for (let x = Math.max(3, width - 3); x < width; x++) edge(r, x);
  }
  const out = new Uint8Array(width * height);
  const div = norm * norm;
  const half = div >> 1;
  const w2 = 2 * width;
  const w3 = 3 * width;
  for (let y = 0; y < height; y++) {
    const r = y * width;
    if (y >= 3 && y < height - 3) {
      for (let p = r, end = r + width; p < end; p++) {
        out[p] = (k0 * (tmp[p - w3] + tmp[p + w3]) + k1 * (tmp[p - w2] + tmp[p + w2]) + k2 * (tmp[p - width] + tmp[p + width]) + k3 * tmp[p] + half) / div;
      }
    } else {
      for (let x = 0; x < width; x++) {
        let s = 0;
        for (let t = -3; t <= 3; t++) s += tmp[mirror(y + t, height) * width + x] * BLUR[t + 3];
        out[r + x] = (s + half) / div;
      }
    }
  }
  return out;
}

/** The 16 pixels of FAST's circle (radius 3), clockwise from the top. */
const CIRCLE: [number, number][] = [[0, -3], [1, -3], [2, -2], [3, -1], [3, 0], [3, 1], [2, 2], [1, 3], [0, 3], [-1, 3], [-2, 2], [-3, 1], [-3, 0], [-3, -1], [-2, -2], [-1, -3]];

/** Whether a 16-bit circular mask holds 9 set bits in a row. */
function arcOf9(mask: number): boolean {
  const m = mask | (mask << 16);
  const two = m & (m >>> 1);
  const four = two & (two >>> 2);
  const eight = four & (four >>> 4);
  return (eight & (m >>> 8)) !== 0;
}

/** FAST-9 corners at least `border` pixels inside, one per 3×3 neighbourhood (the strongest); positions as y*width+x. */
function fast(g: Gray, threshold: number, border: number): Int32Array {
  const { width, height, data } = g;
  const offsets = CIRCLE.map(([dx, dy]) => dy * width + dx);
  const score = new Float32Array(width * height);
  const found: number[] = [];
  const b = Math.max(3, border);
  for (let y = b; y < height - b; y++) {
    for (let x = b; x < width - b; x++) {
      const p = y * width + x;
      const c = data[p];
      const hi = c + threshold;
      const lo = c - threshold;
      // Any 9 in a row includes pixel 0 or 8, and pixel 4 or 12.
      const v0 = data[p + offsets[0]];
      const v8 = data[p + offsets[8]];
      if (v0 <= hi && v0 >= lo && v8 <= hi && v8 >= lo) continue;
      const v4 = data[p + offsets[4]];
      const v12 = data[p + offsets[12]];
      if (v4 <= hi && v4 >= lo && v12 <= hi && v12 >= lo) continue;
      let bright = 0;
      let dark = 0;
      let sb = 0;
      let sd = 0;
      for (let i = 0; i < 16; i++) {
        const v = data[p + offsets[i]];
        if (v > hi) {
          bright |= 1 << i;
          sb += v - hi;
        } else if (v < lo) {
          dark |= 1 << i;
          sd += lo - v;
        }
      }
      const isBright = arcOf9(bright);
      if (!isBright && !arcOf9(dark)) continue;
      score[p] = isBright && arcOf9(dark) ? Math.max(sb, sd) : isBright ? sb : sd;
      found.push(p);
    }
  }
  const kept: number[] = [];
  for (const p of found) {
    const s = score[p];
    if (s >= score[p - 1] && s > score[p + 1] && s >= score[p - width - 1] && s >= score[p - width] && s >= score[p - width + 1] && s > score[p + width - 1] && s > score[p + width] && s > score[p + width + 1]) kept.push(p);
  }
  return Int32Array.from(kept);
}

/** Harris corner response over a 7×7 window of Sobel gradients (what ORB ranks corners by). */
function harris(g: Gray, p: number): number {
  const { width, data } = g;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (let dy = -3; dy <= 3; dy++) {
    for (let dx = -3; dx <= 3; dx++) {
      const q = p + dy * width + dx;
      const a = data[q - width - 1];
      const b = data[q - width];
      const c = data[q - width + 1];
      const d = data[q - 1];
      const e = data[q + 1];
      const f = data[q + width - 1];
      const h = data[q + width];
      const i = data[q + width + 1];
      const ix = c + 2 * e + i - a - 2 * d - f;
      const iy = f + 2 * h + i - a - 2 * b - c;
      xx += ix * ix;
      yy += iy * iy;
      xy += ix * iy;
    }
  }
  return xx * yy - xy * xy - 0.04 * (xx + yy) * (xx + yy);
}

/** The corner's direction: from its centre to the centroid of brightness in a disc around it. */
function orientation(g: Gray, p: number, radius: number): number {
  const { width, data } = g;
  let m01 = 0;
  let m10 = 0;
  for (let dy = -radius; dy <= radius; dy++) {
    const span = Math.floor(Math.sqrt(radius * radius - dy * dy));
    const row = p + dy * width;
    for (let dx = -span; dx <= span; dx++) {
      const v = data[row + dx];
      m10 += dx * v;
      m01 += dy * v;
    }
  }
  return Math.atan2(m01, m10);
}

const BITS = DESC_WORDS * 32;
const ANGLE_BINS = 30;

/** 256 pairs of points around the centre, Gaussian-spread (BRIEF's best layout), within the patch. */
function pattern(patch: number): Float32Array {
  // Seeded, so the comparison pattern is the same in every build and every run.
  const rand = mulberry32(0x0b5eed);
  const reach = patch / 2 - 0.5;
  const gauss = () => {
    for (;;) {
      const v = (Math.sqrt(-2 * Math.log(rand() || 1e-9)) * Math.cos(2 * Math.PI * rand()) * patch) / 5;
      if (Math.abs(v) <= reach) return v;
    }
  };
  const pts = new Float32Array(BITS * 4);
  for (let i = 0; i < pts.length; i++) pts[i] = gauss();
  return pts;
}

/** For each of ANGLE_BINS turns, the pattern's pixel offsets in an image `width` wide. */
function rotatedOffsets(pts: Float32Array, width: number): Int32Array[] {
  const out: Int32Array[] = [];
  for (let a = 0; a < ANGLE_BINS; a++) {
    const t = (a * 2 * Math.PI) / ANGLE_BINS;
    const c = Math.cos(t);
    const s = Math.sin(t);
    const o = new Int32Array(BITS * 2);
    for (let i = 0; i < BITS * 2; i++) {
      const x = pts[2 * i];
      const y = pts[2 * i + 1];
      o[i] = Math.round(x * s + y * c) * width + Math.round(x * c - y * s);
    }
    out.push(o);
  }
  return out;
}

const patterns = new Map<number, Float32Array>();

/** Features of a picture: at most `features` corners over the pyramid, with their descriptors. */
export function orb(img: Gray, opts: OrbOptions): Features {
  const patch = opts.patch ?? 19;
  const levels = opts.levels ?? 8;
  const scale = opts.scale ?? 1.2;
  const threshold = opts.fastThreshold ?? 20;
  const half = Math.floor(patch / 2);
  // The pattern turned by any angle stays within half·√2 of the corner; 3 more for the centroid's disc edge.
  const border = Math.ceil(half * Math.SQRT2) + 2;
  let pts = patterns.get(patch);
  if (!pts) patterns.set(patch, (pts = pattern(patch)));

  // Features per level fall with its area, as in ORB.
  const factor = 1 / scale;
  let perLevel = (opts.features * (1 - factor)) / (1 - factor ** levels);
  const budgets: number[] = [];
  let assigned = 0;
  for (let l = 0; l < levels - 1; l++) {
    const n = Math.round(perLevel);
    budgets.push(n);
    assigned += n;
    perLevel *= factor;
  }
  budgets.push(Math.max(0, opts.features - assigned));

  const xs: number[] = [];
  const ys: number[] = [];
  const descs: number[] = [];
  let level = img;
  for (let l = 0; l < levels; l++) {
    if (l > 0) {
      const s = scale ** l;
      const w = Math.round(img.width / s);
      const h = Math.round(img.height / s);
      if (w <= 2 * border + 1 || h <= 2 * border + 1) break;
      // From the level above: each step averages only about 1.4 pixels per pixel.
      level = resizeArea(level, w, h);
    }
    const corners = fast(level, threshold, border);
    if (!corners.length) continue;
    const ranked = Array.from(corners, (p) => ({ p, r: harris(level, p) }));
    ranked.sort((a, b) => b.r - a.r);
    const chosen = ranked.slice(0, budgets[l]);
    const smooth = blur7(level);
    const offsets = rotatedOffsets(pts, level.width);
    const k = scale ** l;
    for (const { p } of chosen) {
      const angle = orientation(level, p, half);
      const bin = ((Math.round((angle / (2 * Math.PI)) * ANGLE_BINS) % ANGLE_BINS) + ANGLE_BINS) % ANGLE_BINS;
      const o = offsets[bin];
      for (let w = 0; w < DESC_WORDS; w++) {
        let word = 0;
        for (let bit = 0; bit < 32; bit++) {
          const i = (w * 32 + bit) * 2;
          if (smooth[p + o[i]] < smooth[p + o[i + 1]]) word |= 1 << bit;
        }
        descs.push(word >>> 0);
      }
      xs.push((p % level.width) * k);
      ys.push(Math.floor(p / level.width) * k);
    }
  }
  return { count: xs.length, x: Float32Array.from(xs), y: Float32Array.from(ys), desc: Uint32Array.from(descs) };
}

function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * For each query descriptor, its nearest and second-nearest among `train` by Hamming distance (brute force, the
 * second-best bound cutting each comparison short). Returns best index, best and second distance per query.
 */
export function knn2(query: Uint32Array, train: Uint32Array): { index: Int32Array; best: Uint16Array; second: Uint16Array } {
  const nq = query.length / DESC_WORDS;
  const nt = train.length / DESC_WORDS;
  const index = new Int32Array(nq).fill(-1);
  const best = new Uint16Array(nq).fill(BITS + 1);
  const second = new Uint16Array(nq).fill(BITS + 1);
  for (let q = 0; q < nq; q++) {
    const qo = q * DESC_WORDS;
    const q0 = query[qo], q1 = query[qo + 1], q2 = query[qo + 2], q3 = query[qo + 3];
    const q4 = query[qo + 4], q5 = query[qo + 5], q6 = query[qo + 6], q7 = query[qo + 7];
    let b1 = BITS + 1;
    let b2 = BITS + 1;
    let bi = -1;
    for (let t = 0, to = 0; t < nt; t++, to += DESC_WORDS) {
      let d = popcount(q0 ^ train[to]) + popcount(q1 ^ train[to + 1]) + popcount(q2 ^ train[to + 2]) + popcount(q3 ^ train[to + 3]);
      if (d >= b2) continue;
      d += popcount(q4 ^ train[to + 4]) + popcount(q5 ^ train[to + 5]) + popcount(q6 ^ train[to + 6]) + popcount(q7 ^ train[to + 7]);
      if (d < b1) {
        b2 = b1;
        b1 = d;
        bi = t;
      } else if (d < b2) {
        b2 = d;
      }
    }
    index[q] = bi;
    best[q] = b1;
    second[q] = b2;
  }
  return { index, best, second };
}

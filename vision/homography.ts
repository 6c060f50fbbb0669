/**
 * A plane-to-plane mapping (homography) that most point matches agree on, found by RANSAC: four matches at a time
 * propose one, the one most others fit within a few pixels wins, then it is refitted to all of those.
 */

/** Row-major 3×3, H[8] = 1. */
export type Homography = Float64Array;

/** Solves A·x = b (n×n, row-major) by Gaussian elimination with partial pivoting; null when singular. */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array | null {
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r * n + c]) > Math.abs(a[pivot * n + c])) pivot = r;
    if (Math.abs(a[pivot * n + c]) < 1e-12) return null;
    if (pivot !== c) {
      for (let k = 0; k < n; k++) [a[c * n + k], a[pivot * n + k]] = [a[pivot * n + k], a[c * n + k]];
      [b[c], b[pivot]] = [b[pivot], b[c]];
    }
    for (let r = c + 1; r < n; r++) {
      const f = a[r * n + c] / a[c * n + c];
      if (!f) continue;
      for (let k = c; k < n; k++) a[r * n + k] -= f * a[c * n + k];
      b[r] -= f * b[c];
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r];
    for (let k = r + 1; k < n; k++) s -= a[r * n + k] * x[k];
    x[r] = s / a[r * n + r];
  }
  return x;
}

/**
 * The homography taking src[i] to dst[i] for the given matches (least squares when more than four), computed in
 * coordinates centred and scaled to unit spread so the system is well conditioned.
 */
export function fitHomography(src: Float32Array | number[], dst: Float32Array | number[], which: ArrayLike<number>): Homography | null {
  const n = which.length;
  if (n < 4) return null;
  const norm = (p: ArrayLike<number>) => {
    let mx = 0;
    let my = 0;
    for (let i = 0; i < n; i++) (mx += p[2 * which[i]]), (my += p[2 * which[i] + 1]);
    mx /= n;
    my /= n;
    let d = 0;
    for (let i = 0; i < n; i++) d += Math.hypot(p[2 * which[i]] - mx, p[2 * which[i] + 1] - my);
    const s = d > 0 ? (Math.SQRT2 * n) / d : 1;
    return { mx, my, s };
  };
  const a = norm(src);
  const b = norm(dst);
  const ata = new Float64Array(64);
  const atb = new Float64Array(8);
  const row = new Float64Array(8);
  for (let i = 0; i < n; i++) {
    const x = (src[2 * which[i]] - a.mx) * a.s;
    const y = (src[2 * which[i] + 1] - a.my) * a.s;
    const u = (dst[2 * which[i]] - b.mx) * b.s;
    const v = (dst[2 * which[i] + 1] - b.my) * b.s;
    // u = (h0 x + h1 y + h2) / (h6 x + h7 y + 1), and the same for v with h3..h5.
    for (const [r, t] of [[[x, y, 1, 0, 0, 0, -u * x, -u * y], u], [[0, 0, 0, x, y, 1, -v * x, -v * y], v]] as const) {
      row.set(r);
      for (let j = 0; j < 8; j++) {
        atb[j] += row[j] * t;
        for (let k = 0; k < 8; k++) ata[j * 8 + k] += row[j] * row[k];
      }
    }
  }
  const h = solve(ata, atb, 8);
  if (!h || h.some((v) => !Number.isFinite(v))) return null;
  // Undo the normalisation: H = Tdst⁻¹ · Hn · Tsrc.
  const hn = [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], 1];
  const ts = [a.s, 0, -a.s * a.mx, 0, a.s, -a.s * a.my, 0, 0, 1];
  const tdInv = [1 / b.s, 0, b.mx, 0, 1 / b.s, b.my, 0, 0, 1];
  const mul = (p: number[], q: number[]) => Array.from({ length: 9 }, (_, i) => p[3 * Math.floor(i / 3)] * q[i % 3] + p[3 * Math.floor(i / 3) + 1] * q[3 + (i % 3)] + p[3 * Math.floor(i / 3) + 2] * q[6 + (i % 3)]);
  const out = mul(tdInv, mul(hn, ts));
  if (Math.abs(out[8]) < 1e-12) return null;
  return Float64Array.from(out, (v) => v / out[8]);
}

export function project(h: Homography, x: number, y: number): [number, number] {
  const w = h[6] * x + h[7] * y + h[8];
  return [(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w];
}

/** Twice the signed area of triangle (i, j, k) of a point list. */
function turn(p: ArrayLike<number>, i: number, j: number, k: number): number {
  return (p[2 * j] - p[2 * i]) * (p[2 * k + 1] - p[2 * i + 1]) - (p[2 * j + 1] - p[2 * i + 1]) * (p[2 * k] - p[2 * i]);
}

/**
 * Four matches a plane could map: no three points in a line on either side, and every triangle of them turning the
 * same way on both sides (a flat thing seen from the front is never mirrored).
 */
function goodSample(src: ArrayLike<number>, dst: ArrayLike<number>, s: number[]): boolean {
  for (const [i, j, k] of [[0, 1, 2], [0, 1, 3], [0, 2, 3], [1, 2, 3]]) {
    const a = turn(src, s[i], s[j], s[k]);
    const b = turn(dst, s[i], s[j], s[k]);
    if (Math.abs(a) < 1 || Math.abs(b) < 1 || Math.sign(a) !== Math.sign(b)) return false;
  }
  return true;
}

function inliersOf(h: Homography, src: ArrayLike<number>, dst: ArrayLike<number>, n: number, limit2: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const [u, v] = project(h, src[2 * i], src[2 * i + 1]);
    const du = u - dst[2 * i];
    const dv = v - dst[2 * i + 1];
    if (du * du + dv * dv < limit2) out.push(i);
  }
  return out;
}

export interface RansacResult {
  h: Homography;
  inliers: number[];
}

/** RANSAC over matches src[i] → dst[i] (flat x,y lists): the homography most matches fit within `threshold` pixels. */
export function ransacHomography(src: Float32Array | number[], dst: Float32Array | number[], threshold: number, opts: { maxIters?: number; confidence?: number; seed?: number } = {}): RansacResult | null {
  const n = src.length / 2;
  if (n < 4) return null;
  const limit2 = threshold * threshold;
  const confidence = opts.confidence ?? 0.995;
  let iters = opts.maxIters ?? 2000;
  let seed = (opts.seed ?? 0x5eed) >>> 0;
  const rand = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  let best: number[] = [];
  let bestH: Homography | null = null;
  const sample: number[] = [0, 0, 0, 0];
  for (let it = 0; it < iters; it++) {
    let tries = 0;
    do {
      for (let k = 0; k < 4; k++) {
        let v: number;
        do v = Math.floor(rand() * n);
        while (sample.slice(0, k).includes(v));
        sample[k] = v;
      }
    } while (!goodSample(src, dst, sample) && ++tries < 100);
    if (tries >= 100) continue;
    const h = fitHomography(src, dst, sample);
    if (!h) continue;
    const inl = inliersOf(h, src, dst, n, limit2);
    if (inl.length > best.length) {
      best = inl;
      bestH = h;
      const w = inl.length / n;
      const k = Math.log(1 - confidence) / Math.log(1 - w ** 4);
      if (Number.isFinite(k)) iters = Math.min(iters, Math.ceil(k));
    }
  }
  if (!bestH) return null;
  // Refit to every inlier, keep the refit if it holds at least as many.
  const refit = fitHomography(src, dst, best);
  if (refit) {
    const again = inliersOf(refit, src, dst, n, limit2);
    if (again.length >= best.length) return { h: refit, inliers: again };
  }
  return { h: bestH, inliers: best };
}

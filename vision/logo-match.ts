/**
 * Finds a known logo inside a picture: ORB features on both, Hamming matches with a ratio test, then a
 * RANSAC homography that most matches must agree on, and a sanity check of the shape it maps the logo to.
 * Plain OpenCV.js calls on pixel buffers, so it runs the same in the offscreen page and in Node tests.
 */
import type { LogoHit } from './protocol';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- OpenCV.js's embind objects are untyped.
type CV = any;

export interface RGBA {
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
}

/** A logo prepared once: features from it drawn at several sizes, with positions in one frame. */
export interface LogoModel {
  label: string;
  width: number;
  height: number;
  points: Float32Array;
  descriptors: CV;
}

/** The frame the logo's features are described in; the sizes cover logos from large to thumbnail-small. */
const BASE = 240;
const TEMPLATE_SCALES = [1, 0.6, 0.36];
/** Scene pixels: a 1080p photo keeps its detail, a small logo in it still has features. */
export const SCENE_MAX_SIDE = 1600;
const SCENE_FEATURES = 6000;
const RATIO = 0.8;
/** The fewest matches that must agree on the logo's placement; tuned on tests/images (see the report). */
export const MIN_INLIERS = 12;

function toGray(cv: CV, img: RGBA): CV {
  const rgba = cv.matFromImageData(img);
  const gray = new cv.Mat();
  cv.cvtColor(rgba, gray, cv.COLOR_RGBA2GRAY);
  rgba.delete();
  return gray;
}

function orb(cv: CV, features: number, patch: number): CV {
  const o = new cv.ORB(features, 1.2, 8, patch, 0, 2);
  o.setPatchSize(patch);
  return o;
}

function detect(cv: CV, gray: CV, detector: CV): { kp: CV; desc: CV } {
  const kp = new cv.KeyPointVector();
  const desc = new cv.Mat();
  const none = new cv.Mat();
  detector.detectAndCompute(gray, none, kp, desc);
  none.delete();
  return { kp, desc };
}

export function buildLogoModel(cv: CV, label: string, img: RGBA): LogoModel {
  const gray = toGray(cv, img);
  const base = BASE / Math.max(img.width, img.height);
  const points: number[] = [];
  const parts = new cv.MatVector();
  const detector = orb(cv, 500, 19);
  for (const s of TEMPLATE_SCALES) {
    const f = base * s;
    const resized = new cv.Mat();
    cv.resize(gray, resized, new cv.Size(Math.round(img.width * f), Math.round(img.height * f)), 0, 0, cv.INTER_AREA);
    const { kp, desc } = detect(cv, resized, detector);
    if (desc.rows > 0) {
      for (let i = 0; i < kp.size(); i++) {
        const p = kp.get(i).pt;
        points.push(p.x / s, p.y / s);
      }
      parts.push_back(desc);
    }
    desc.delete();
    kp.delete();
    resized.delete();
  }
  detector.delete();
  gray.delete();
  const descriptors = new cv.Mat();
  if (parts.size() > 0) cv.vconcat(parts, descriptors);
  parts.delete();
  return { label, width: Math.round(img.width * base), height: Math.round(img.height * base), points: Float32Array.from(points), descriptors };
}

export function freeLogoModel(model: LogoModel): void {
  model.descriptors.delete();
}

/** The scene's features, computed once per picture and shared by every logo of the pack. */
export interface SceneFeatures {
  kp: CV;
  desc: CV;
  scale: number;
  free(): void;
}

export function sceneFeatures(cv: CV, img: RGBA): SceneFeatures {
  const full = toGray(cv, img);
  const scale = Math.min(1, SCENE_MAX_SIDE / Math.max(img.width, img.height));
  let gray = full;
  if (scale < 1) {
    gray = new cv.Mat();
    cv.resize(full, gray, new cv.Size(Math.round(img.width * scale), Math.round(img.height * scale)), 0, 0, cv.INTER_AREA);
    full.delete();
  }
  const detector = orb(cv, SCENE_FEATURES, 19);
  const { kp, desc } = detect(cv, gray, detector);
  detector.delete();
  gray.delete();
  return { kp, desc, scale, free: () => (kp.delete(), desc.delete()) };
}

type Pt = [number, number];

/** Whether the logo's outline, mapped into the picture, is a plausible view of a flat thing: convex, not tiny, not squashed. */
export function plausibleQuad(q: Pt[], minSide = 14): boolean {
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const [a, b, c] = [q[i], q[(i + 1) % 4], q[(i + 2) % 4]];
    const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
    if (cross === 0 || (sign && Math.sign(cross) !== sign)) return false;
    sign = Math.sign(cross);
  }
  const side = (i: number) => Math.hypot(q[(i + 1) % 4][0] - q[i][0], q[(i + 1) % 4][1] - q[i][1]);
  const sides = [0, 1, 2, 3].map(side);
  if (Math.min(...sides) < minSide) return false;
  // Opposite sides of a sign seen at an angle differ, but not by more than this.
  return Math.max(sides[0], sides[2]) / Math.min(sides[0], sides[2]) < 3 && Math.max(sides[1], sides[3]) / Math.min(sides[1], sides[3]) < 3 && sign > 0;
}

export function findLogo(cv: CV, model: LogoModel, scene: SceneFeatures): LogoHit | null {
  if (model.descriptors.rows < 8 || scene.desc.rows < 8) return null;
  const matcher = new cv.BFMatcher(cv.NORM_HAMMING, false);
  const knn = new cv.DMatchVectorVector();
  matcher.knnMatch(model.descriptors, scene.desc, knn, 2);
  const src: number[] = [];
  const dst: number[] = [];
  for (let i = 0; i < knn.size(); i++) {
    const pair = knn.get(i);
    if (pair.size() >= 2) {
      const a = pair.get(0);
      const b = pair.get(1);
      if (a.distance < RATIO * b.distance) {
        src.push(model.points[2 * a.queryIdx], model.points[2 * a.queryIdx + 1]);
        const p = scene.kp.get(a.trainIdx).pt;
        dst.push(p.x, p.y);
      }
    }
    pair.delete();
  }
  knn.delete();
  matcher.delete();
  if (src.length / 2 < MIN_INLIERS) return null;

  const srcMat = cv.matFromArray(src.length / 2, 1, cv.CV_32FC2, src);
  const dstMat = cv.matFromArray(dst.length / 2, 1, cv.CV_32FC2, dst);
  const mask = new cv.Mat();
  const H = cv.findHomography(srcMat, dstMat, cv.RANSAC, 6, mask);
  let inliers = 0;
  for (let i = 0; i < mask.rows; i++) inliers += mask.data[i] ? 1 : 0;
  let hit: LogoHit | null = null;
  if (!H.empty() && inliers >= MIN_INLIERS) {
    const corners = cv.matFromArray(4, 1, cv.CV_32FC2, [0, 0, model.width, 0, model.width, model.height, 0, model.height]);
    const mapped = new cv.Mat();
    cv.perspectiveTransform(corners, mapped, H);
    const q: Pt[] = [0, 1, 2, 3].map((i) => [mapped.data32F[2 * i] / scene.scale, mapped.data32F[2 * i + 1] / scene.scale]);
    corners.delete();
    mapped.delete();
    if (plausibleQuad(q)) {
      const xs = q.map((p) => p[0]);
      const ys = q.map((p) => p[1]);
      const x = Math.min(...xs);
      const y = Math.min(...ys);
      hit = { label: model.label, inliers, box: [Math.round(x), Math.round(y), Math.round(Math.max(...xs) - x), Math.round(Math.max(...ys) - y)] };
    }
  }
  H.delete();
  mask.delete();
  srcMat.delete();
  dstMat.delete();
  return hit;
}

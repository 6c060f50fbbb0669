/**
 * Finds a known logo inside a picture: ORB features on both (vision/orb.ts), Hamming matches with a ratio test, then
 * a RANSAC homography that most matches must agree on (vision/homography.ts), and a sanity check of the shape it maps
 * the logo to. Plain TypeScript on pixel buffers, so it runs the same in the offscreen page and in Node tests.
 */
import type { LogoHit } from './protocol';
import { DESC_WORDS, knn2, orb, resizeArea, toGray, type Features, type RGBA } from './orb';
import { project, ransacHomography } from './homography';

export type { RGBA } from './orb';

/** A logo prepared once: features from it drawn at several sizes, with positions in one frame. */
export interface LogoModel {
  label: string;
  width: number;
  height: number;
  points: Float32Array;
  descriptors: Uint32Array;
}

/** The frame the logo's features are described in; the sizes cover logos from large to thumbnail-small. */
const BASE = 240;
const TEMPLATE_SCALES = [1, 0.6, 0.36];
/** Scene pixels: a 1080p photo keeps its detail, a small logo in it still has features. */
export const SCENE_MAX_SIDE = 1600;
const SCENE_FEATURES = 6000;
const PATCH = 19;
const RATIO = 0.8;
/** RANSAC's reprojection limit, in scene pixels. */
const REPROJECTION_PX = 6;
/** The fewest matches that must agree on the logo's placement; tuned on tests/images (see the report). */
export const MIN_INLIERS = 12;

export function buildLogoModel(label: string, img: RGBA): LogoModel {
  const gray = toGray(img);
  const base = BASE / Math.max(img.width, img.height);
  const points: number[] = [];
  const parts: Uint32Array[] = [];
  for (const s of TEMPLATE_SCALES) {
    const f = base * s;
    const resized = resizeArea(gray, Math.round(img.width * f), Math.round(img.height * f));
    const found = orb(resized, { features: 500, patch: PATCH });
    for (let i = 0; i < found.count; i++) points.push(found.x[i] / s, found.y[i] / s);
    parts.push(found.desc);
  }
  const descriptors = new Uint32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (descriptors.set(p, at), (at += p.length));
  return { label, width: Math.round(img.width * base), height: Math.round(img.height * base), points: Float32Array.from(points), descriptors };
}

/** The scene's features, computed once per picture and shared by every logo of the pack. */
export interface SceneFeatures extends Features {
  /** Scene pixels per input pixel (the scene is described at most SCENE_MAX_SIDE wide). */
  scale: number;
}

export function sceneFeatures(img: RGBA): SceneFeatures {
  const full = toGray(img);
  const scale = Math.min(1, SCENE_MAX_SIDE / Math.max(img.width, img.height));
  const gray = scale < 1 ? resizeArea(full, Math.round(img.width * scale), Math.round(img.height * scale)) : full;
  return { ...orb(gray, { features: SCENE_FEATURES, patch: PATCH }), scale };
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

export function findLogo(model: LogoModel, scene: SceneFeatures): LogoHit | null {
  const modelCount = model.descriptors.length / DESC_WORDS;
  if (modelCount < 8 || scene.count < 8) return null;
  const { index, best, second } = knn2(model.descriptors, scene.desc);
  // One match per scene corner (the closest): the logo's three sizes would otherwise vote for the same point up to three times.
  const claimed = new Map<number, number>();
  for (let i = 0; i < modelCount; i++) {
    if (index[i] < 0 || best[i] >= RATIO * second[i]) continue;
    const other = claimed.get(index[i]);
    if (other === undefined || best[i] < best[other]) claimed.set(index[i], i);
  }
  const src: number[] = [];
  const dst: number[] = [];
  for (const [t, i] of claimed) {
    src.push(model.points[2 * i], model.points[2 * i + 1]);
    dst.push(scene.x[t], scene.y[t]);
  }
  if (src.length / 2 < MIN_INLIERS) return null;
  const found = ransacHomography(src, dst, REPROJECTION_PX);
  if (!found || found.inliers.length < MIN_INLIERS) return null;
  const corners: Pt[] = [[0, 0], [model.width, 0], [model.width, model.height], [0, model.height]];
  const q = corners.map(([x, y]): Pt => {
    const [u, v] = project(found.h, x, y);
    return [u / scene.scale, v / scene.scale];
  });
  if (!plausibleQuad(q)) return null;
  const xs = q.map((p) => p[0]);
  const ys = q.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { label: model.label, inliers: found.inliers.length, box: [Math.round(x), Math.round(y), Math.round(Math.max(...xs) - x), Math.round(Math.max(...ys) - y)] };
}

/** Runs the three checks on one picture, each against its own clock, and reports what each found or why it did not finish. */
import type { Logo } from '../../rules/types';
import type { ImageReport, ImageRunRequest, LogoHit } from '../protocol';
import { withTimeLimit } from '../time-limit';
import { decodeImage, scaleDown, type Pixels } from './decode';
import { buildLogoModel, findLogo, sceneFeatures, SCENE_MAX_SIDE, type LogoModel } from '../logo-match';
import { readText } from './ocr';
import { faceScores, FACE_MIN_SCORE } from './faces';
import { DEMO_LOGOS } from './demo-logos';

/** Per-check limits, first run included (loading a model takes a second or two on a slow machine). */
export const LIMITS_MS = { logo: 10_000, text: 20_000, faces: 10_000 };
/** OCR and faces read a smaller copy: text on a phone photo stays legible at this size, and time grows with pixels. */
const OCR_MAX_SIDE = 1600;
const FACE_MAX_SIDE = 1024;

/** Logo features keyed by the logo's data: URL; the pack's logos are the same from one picture to the next. */
const models = new Map<string, LogoModel>();

async function logoModel(logo: Logo): Promise<LogoModel> {
  let model = models.get(logo.src);
  if (!model) {
    const { image } = await decodeImage(logo.src, 480);
    model = buildLogoModel(logo.label, image);
    models.set(logo.src, model);
  }
  return model;
}

async function findLogos(pixels: Pixels, logos: Logo[]): Promise<LogoHit[]> {
  if (!logos.length) return [];
  const scene = sceneFeatures(scaleDown(pixels, SCENE_MAX_SIDE).image);
  const hits: LogoHit[] = [];
  for (const logo of logos) {
    const hit = findLogo(await logoModel(logo), scene);
    if (hit) hits.push(hit);
  }
  return hits;
}

export async function runImageCheck(req: ImageRunRequest): Promise<ImageReport> {
  // Decoded once, at the largest size a check reads; the others get a scaled copy.
  const pixels = await decodeImage(req.image, Math.max(OCR_MAX_SIDE, SCENE_MAX_SIDE));
  const { canvas, image } = scaleDown(pixels, OCR_MAX_SIDE);
  // OCR works in its own worker, so it runs alongside the two checks that share this page's thread.
  const text = withTimeLimit(() => readText(canvas, image), LIMITS_MS.text);
  const logo = await withTimeLimit(() => findLogos(pixels, req.demoLogos ? DEMO_LOGOS : req.logos), LIMITS_MS.logo);
  let scores: number[] = [];
  const faces = await withTimeLimit(async () => {
    scores = await faceScores(scaleDown(pixels, FACE_MAX_SIDE).image);
    return scores.filter((s) => s >= FACE_MIN_SCORE).length;
  }, LIMITS_MS.faces);
  return { width: image.width, height: image.height, logo, text: await text, faces, faceScores: scores.map((s) => Math.round(s * 100) / 100) };
}

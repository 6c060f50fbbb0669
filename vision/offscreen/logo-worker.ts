/**
 * The logo check in a Web Worker of its own: ORB and matching are plain synchronous TypeScript (half a second on a
 * 1080p photo), so on the checking page's thread they would hold up the face detector and every hand-off to the OCR
 * worker. Here they run on the other core. The pack's logos are described once and kept while the page lives.
 */
import type { Logo } from '../../rules/types';
import type { LogoHit } from '../protocol';
import { buildLogoModel, findLogo, sceneFeatures, type LogoModel } from '../logo-match';
import { mark, type Timeline } from '../timeline';

export interface LogoJob {
  id: number;
  /** The picture at most SCENE_MAX_SIDE on its longer side. */
  scene: ImageData;
  logos: Logo[];
  /** The benchmark's build: answer with this job's stage marks. */
  timed?: boolean;
}

export type LogoAnswer = { id: number; hits: LogoHit[]; timeline?: Timeline } | { id: number; error: string };

/** Logo features keyed by the logo's data: URL; the pack's logos are the same from one picture to the next. */
const models = new Map<string, LogoModel>();

/** A logo file as pixels no larger than 480 px, transparent parts white (a logo file is drawn on a white page). */
async function logoPixels(src: string): Promise<ImageData> {
  const bitmap = await createImageBitmap(await (await fetch(src)).blob());
  try {
    const scale = Math.min(1, 480 / Math.max(bitmap.width, bitmap.height));
    const w = Math.max(1, Math.round(bitmap.width * scale));
    const h = Math.max(1, Math.round(bitmap.height * scale));
    const g = new OffscreenCanvas(w, h).getContext('2d', { willReadFrequently: true });
    if (!g) throw new Error('no 2D canvas');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, w, h);
    g.imageSmoothingQuality = 'high';
    g.drawImage(bitmap, 0, 0, w, h);
    return g.getImageData(0, 0, w, h);
  } finally {
    bitmap.close();
  }
}

async function logoModel(logo: Logo): Promise<LogoModel> {
  let model = models.get(logo.src);
  if (!model) {
    model = buildLogoModel(logo.label, await logoPixels(logo.src));
    models.set(logo.src, model);
  }
  return model;
}

async function run({ scene, logos }: LogoJob, timeline?: Timeline): Promise<LogoHit[]> {
  mark(timeline, 'logo worker: job in');
  if (!logos.length) return [];
  const features = sceneFeatures(scene);
  mark(timeline, 'logo worker: picture described');
  const hits: LogoHit[] = [];
  for (const logo of logos) {
    const hit = findLogo(await logoModel(logo), features);
    mark(timeline, 'logo worker: one logo matched');
    if (hit) hits.push(hit);
  }
  return hits;
}

self.onmessage = (event: MessageEvent<LogoJob>) => {
  const { id } = event.data;
  const timeline: Timeline | undefined = event.data.timed ? [] : undefined;
  run(event.data, timeline).then(
    (hits) => self.postMessage({ id, hits, timeline } satisfies LogoAnswer),
    (error: unknown) => self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies LogoAnswer),
  );
};

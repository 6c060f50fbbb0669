/** The checking page's side of the logo worker (vision/offscreen/logo-worker.ts): one worker, one job per picture. */
import type { Logo } from '../../rules/types';
import type { LogoHit } from '../protocol';
import type { LogoAnswer, LogoJob } from './logo-worker';
import { mark, type Timeline } from '../timeline';
// Vite builds the worker as a file of its own beside the page's script.
import LogoWorker from './logo-worker?worker';

let worker: Worker | null = null;

/** When the worker was made and first answered (ms on the page's clock), for the benchmark's cold row. */
export const logoStartup: Record<string, number> = {};
let nextId = 0;
const waiting = new Map<number, { resolve(hits: LogoHit[]): void; reject(error: Error): void; timeline?: Timeline }>();

function start(): Worker {
  logoStartup.start ??= performance.now();
  const w: Worker = new LogoWorker();
  w.onmessage = (event: MessageEvent<LogoAnswer>) => {
    logoStartup.answered ??= performance.now();
    const job = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    if (!job) return;
    if (job.timeline && 'timeline' in event.data && event.data.timeline) job.timeline.push(...event.data.timeline);
    mark(job.timeline, 'page: logo answer in');
    if ('error' in event.data) job.reject(new Error(event.data.error));
    else job.resolve(event.data.hits);
  };
  // A worker that cannot start or dies fails every job it holds; the next picture starts a new one.
  w.onerror = (event) => {
    event.preventDefault();
    for (const job of waiting.values()) job.reject(new Error(`the logo check stopped: ${event.message || 'worker error'}`));
    waiting.clear();
    w.terminate();
    if (worker === w) worker = null;
  };
  return w;
}

/** Starts the worker (the checking page does as it opens). */
export function startLogoWorker(): void {
  worker ??= start();
}

/** Finds the logos in the scene (which is handed over: the caller must not read it afterwards). */
export function findLogos(scene: ImageData, logos: Logo[], timeline?: Timeline): Promise<LogoHit[]> {
  if (!logos.length) return Promise.resolve([]);
  worker ??= start();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, timeline });
    worker!.postMessage({ id, scene, logos, timed: timeline !== undefined } satisfies LogoJob, [scene.data.buffer]);
  });
}

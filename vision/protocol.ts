/** The messages of an image check (content script → background → offscreen document) and what comes back. */
import type { Logo } from '../rules/types';
import type { Timeline } from './timeline';

export type CheckStatus = 'done' | 'failed' | 'timeout';

/** One check's result: its value when done, else why not. `ms` is how long it ran. */
export type Outcome<T> = { status: 'done'; value: T; ms: number } | { status: 'failed' | 'timeout'; reason: string; ms: number };

export interface LogoHit {
  label: string;
  /** Matched features that agree on one placement of the logo. */
  inliers: number;
  /** Where the logo sits, in the checked image's pixels: x, y, width, height. */
  box: [number, number, number, number];
}

export interface ImageReport {
  width: number;
  height: number;
  /** How long reading the file into pixels took, before any check started (ms). */
  decodeMs?: number;
  logo: Outcome<LogoHit[]>;
  /** The words read in the picture, in reading order, one line per line of text. */
  text: Outcome<string>;
  /** How many faces; never who, never how old. */
  faces: Outcome<number>;
  /** The face detector's scores for every candidate, counted or not (for tuning and the report). */
  faceScores?: number[];
  /** The tfjs backend the face detector ran on ('wasm'; 'cpu' only if WebAssembly could not start). */
  faceBackend?: string;
  /**
   * For the benchmark: ms on the checking page's clock (0 = the page began loading) when its script ran, this request
   * arrived, and each step of each model's start-up ended (a warm check shows the same steps, long past).
   */
  startup?: { script: number; request: number; ocr: Record<string, number>; faces: Record<string, number>; logo: Record<string, number> };
  /** Only in a VITE_SECOND_LOOK_TIMINGS=1 build (the benchmark's): when each stage of this check ended, in every context (vision/timeline.ts). */
  timeline?: Timeline;
}

/** Content script → background: check this picture (a data: URL) against these logos. */
export interface ImageCheckRequest {
  type: 'second-look/image-check';
  image: string;
  logos: Logo[];
  /** The built-in demo pack is in force: check for its logos, which only the checking page carries. */
  demoLogos?: boolean;
}

/** Background → offscreen document: the same request, to run there. */
export interface ImageRunRequest {
  type: 'second-look/image-run';
  image: string;
  logos: Logo[];
  demoLogos?: boolean;
}

/** The answer to either: a report, or why there is none (the picture could not be read at all). */
export type ImageCheckReply = { ok: true; report: ImageReport } | { ok: false; reason: string };

export function isImageCheckRequest(m: unknown): m is ImageCheckRequest {
  return typeof m === 'object' && m !== null && (m as ImageCheckRequest).type === 'second-look/image-check' && typeof (m as ImageCheckRequest).image === 'string';
}

export function isImageRunRequest(m: unknown): m is ImageRunRequest {
  return typeof m === 'object' && m !== null && (m as ImageRunRequest).type === 'second-look/image-run' && typeof (m as ImageRunRequest).image === 'string';
}

/**
 * The checking page (models, OCR worker: a few hundred MB) is freed after this long without a picture, so memory is back
 * where it was soon after the last check; a picture after that pays the cold start again (about a second).
 */
export const IDLE_MS = 30_000;

/** Content script → background: a picture may be coming (a file picker opened, a file dragged in): open the checking page now. */
export const IMAGE_WARM_MESSAGE = 'second-look/image-warm';

/** From the checking page once it has been idle for IDLE_MS: a message wakes the background, whose own timer may have died with it. */
export const IDLE_MESSAGE = 'second-look/image-idle';

/**
 * Stage marks for one picture check, for `npm run bench:images` only: each context (background, checking page, logo
 * worker) notes when a stage ended, on the wall clock shared by all of them (performance.timeOrigin + now), so one warm
 * check's round trip can be split into messaging, decoding, waiting and each check. A normal build marks nothing and
 * the report carries no timeline; the benchmark builds with VITE_SECOND_LOOK_TIMINGS=1.
 */

/** [stage, ms since the epoch]: in the order they were noted. */
export type Timeline = [string, number][];

export const timelineOn = (): boolean => import.meta.env.VITE_SECOND_LOOK_TIMINGS === '1';

/** Notes a stage on the list (nothing in a normal build). */
export function mark(list: Timeline | undefined, stage: string): void {
  if (list && timelineOn()) list.push([stage, performance.timeOrigin + performance.now()]);
}

/** A fresh list to note stages on, or none in a normal build. */
export function newTimeline(): Timeline | undefined {
  return timelineOn() ? [] : undefined;
}

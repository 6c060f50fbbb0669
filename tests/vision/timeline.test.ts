/** The benchmark's stage marks: none in a normal build (a page could not read them, but the report would carry them), a list in the benchmark's. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mark, newTimeline, timelineOn } from '../../vision/timeline';

afterEach(() => vi.unstubAllEnvs());

describe('picture check timeline', () => {
  it('marks nothing in a normal build', () => {
    vi.stubEnv('VITE_SECOND_LOOK_TIMINGS', '');
    expect(timelineOn()).toBe(false);
    expect(newTimeline()).toBeUndefined();
    const list: [string, number][] = [];
    mark(list, 'decoded');
    expect(list).toEqual([]);
  });

  it('notes each stage on the shared wall clock in a VITE_SECOND_LOOK_TIMINGS=1 build', () => {
    vi.stubEnv('VITE_SECOND_LOOK_TIMINGS', '1');
    const list = newTimeline()!;
    const before = Date.now();
    mark(list, 'decoded');
    mark(list, 'faces done');
    expect(list.map(([stage]) => stage)).toEqual(['decoded', 'faces done']);
    // performance.timeOrigin + now() is epoch time, comparable across the background, the page and its workers.
    expect(Math.abs(list[0][1] - before)).toBeLessThan(1000);
    expect(list[1][1]).toBeGreaterThanOrEqual(list[0][1]);
  });
});

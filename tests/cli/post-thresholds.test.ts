import { describe, expect, it } from 'vitest';
import { type PostCase, postRates, tuneForPosts } from '../../scripts/post-thresholds';

const reading = (p: number) => ({ p, rules: 'none' as const, forced: false });
const post = (author: string, clean: boolean, fixed: boolean, readings: Record<string, number>): PostCase =>
  ({ author, clean, fixed, readings: new Map(Object.entries(readings).map(([c, p]) => [c, reading(p)])) });

describe('thresholds chosen for the dialog', () => {
  // Work talk fires at 0.6 on clean posts; its breaches at 0.7 are all caught by a name anyway, while
  // derogatory alone catches its breaches at 0.55.
  const cases = ['a', 'b'].flatMap((author) => [
    post(author, true, false, { 'work-talk': 0.6, derogatory: 0.2 }),
    post(author, true, false, { 'work-talk': 0.2, derogatory: 0.2 }),
    post(author, false, true, { 'work-talk': 0.7, derogatory: 0.1 }),
    post(author, false, false, { 'work-talk': 0.1, derogatory: 0.55 }),
  ]);
  const start = { 'work-talk': { warn: 0.5, low: 0 }, derogatory: { warn: 0.7, low: 0 } };

  it('counts clean posts warned and breaches silent per author', () => {
    expect(postRates(cases, start)).toEqual({ cleanWarned: 0.5, breachSilent: 0.5, pooledClean: 0.5, pooledSilent: 0.5 });
  });

  it('raises the bar of a category whose catches the others already make, and lowers one that alone catches', () => {
    const tuned = tuneForPosts(cases, start, 0.5);
    expect(tuned['work-talk']!.warn).toBeGreaterThan(0.6);
    expect(tuned.derogatory!.warn).toBeLessThanOrEqual(0.54);
    expect(postRates(cases, tuned)).toMatchObject({ cleanWarned: 0, breachSilent: 0 });
  });
});

/** withTimeLimit: every check ends as done, failed or timeout, and never throws or hangs. */
import { describe, expect, it, vi } from 'vitest';
import { withTimeLimit } from '../../vision/time-limit';

describe('withTimeLimit', () => {
  it('passes a value through as done', async () => {
    expect(await withTimeLimit(async () => 42, 1000)).toMatchObject({ status: 'done', value: 42 });
  });

  it('reports a rejection as failed, with its message', async () => {
    expect(await withTimeLimit(() => Promise.reject(new Error('no model')), 1000)).toMatchObject({ status: 'failed', reason: 'no model' });
  });

  it('reports a synchronous throw as failed', async () => {
    expect(await withTimeLimit(() => { throw new Error('bad input'); }, 1000)).toMatchObject({ status: 'failed', reason: 'bad input' });
  });

  it('gives up after the limit, and ignores a late answer', async () => {
    vi.useFakeTimers();
    let finish!: (v: number) => void;
    const outcome = withTimeLimit(() => new Promise<number>((r) => (finish = r)), 5000);
    vi.advanceTimersByTime(5001);
    finish(1);
    expect(await outcome).toMatchObject({ status: 'timeout', reason: 'took longer than 5 s' });
    vi.useRealTimers();
  });
});

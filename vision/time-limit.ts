/** Runs one check against a clock: whatever happens, the caller gets an Outcome, never a hang or a throw. */
import type { Outcome } from './protocol';

export function withTimeLimit<T>(work: () => Promise<T>, ms: number, now: () => number = () => performance.now()): Promise<Outcome<T>> {
  const started = now();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Outcome<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ status: 'timeout', reason: `took longer than ${Math.round(ms / 1000)} s`, ms: now() - started }), ms);
    let running: Promise<T>;
    try {
      running = work();
    } catch (error) {
      running = Promise.reject(error);
    }
    running.then(
      (value) => finish({ status: 'done', value, ms: now() - started }),
      (error: unknown) => finish({ status: 'failed', reason: error instanceof Error ? error.message : String(error), ms: now() - started }),
    );
  });
}

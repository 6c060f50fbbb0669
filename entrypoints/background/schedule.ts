/** When the pack URL is asked again: a periodic alarm at the policy's interval, and a one-shot retry alarm for back-off. */
import { browser } from 'wxt/browser';

export const REFRESH_ALARM = 'second-look/pack-refresh';
export const RETRY_ALARM = 'second-look/pack-retry';

/** Alarms may fire a little early or late; a check this close to its time counts as on time. */
export const SLACK_MS = 30_000;

export type Trigger = 'wake' | 'browser-start' | 'alarm' | 'retry' | 'user' | 'policy';

/**
 * Whether to ask the pack URL now. A person pressing "Check now" or a policy change always asks; otherwise a back-off
 * in progress is respected, and a service worker that merely woke up asks only when the interval has passed.
 */
export function shouldFetch(trigger: Trigger, fetch: { lastCheckedAt?: number; retryAt?: number }, now: number, intervalMinutes: number): boolean {
  if (trigger === 'user' || trigger === 'policy') return true;
  if (fetch.retryAt !== undefined && fetch.retryAt > now + SLACK_MS) return false;
  if (trigger === 'alarm' || trigger === 'retry') return true;
  if (fetch.lastCheckedAt === undefined) return true;
  const since = now - fetch.lastCheckedAt;
  // At browser start one check is wanted, but not a second one if this worker already checked a moment ago.
  if (trigger === 'browser-start') return since >= 60_000;
  return since >= intervalMinutes * 60_000 - SLACK_MS;
}

/** Keeps one periodic alarm at the policy's interval (re-created only when the interval changed, so its phase survives restarts). */
export async function ensureSchedule(intervalMinutes: number | null): Promise<void> {
  if (intervalMinutes === null) {
    await browser.alarms.clear(REFRESH_ALARM);
    await browser.alarms.clear(RETRY_ALARM);
    return;
  }
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes === intervalMinutes) return;
  await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: intervalMinutes, periodInMinutes: intervalMinutes });
}

export async function scheduleRetry(at: number): Promise<void> {
  await browser.alarms.create(RETRY_ALARM, { when: at });
}

export async function cancelRetry(): Promise<void> {
  await browser.alarms.clear(RETRY_ALARM);
}

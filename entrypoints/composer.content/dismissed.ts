/**
 * Words the user marked "Not a problem" (their own daughter Isla): kept in this browser's storage only, never sent
 * anywhere, and ignored when the pack says staff may not do this.
 */
import { browser } from 'wxt/browser';
import type { Finding } from '../../rules';
import { dismissKey } from '../../components/cards';
import { describe, reportProblem } from './health';

export const DISMISSED_KEY = 'dismissed.v1';
const LIMIT = 500;

let keys = new Set<string>();

export function isDismissed(f: Finding): boolean {
  return keys.size > 0 && keys.has(dismissKey(f));
}

export function dismiss(f: Pick<Finding, 'category' | 'match'>): void {
  keys.add(dismissKey(f));
  const list = [...keys].slice(-LIMIT);
  browser.storage.local.set({ [DISMISSED_KEY]: list }).catch((error) => reportProblem(`could not remember "Not a problem" (${describe(error)})`));
}

/** Loads the list now and whenever another tab changes it; returns the stop function. */
export function watchDismissed(): () => void {
  const adopt = (value: unknown) => {
    keys = new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  };
  browser.storage.local.get(DISMISSED_KEY).then((got) => adopt(got[DISMISSED_KEY]), () => {});
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && DISMISSED_KEY in changes) adopt(changes[DISMISSED_KEY]!.newValue);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

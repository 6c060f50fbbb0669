/** Content side of health: remembers the last problem and tells the toolbar icon, without ever blocking a post. */
import { browser } from 'wxt/browser';
import type { HealthMessage } from '../../utils/messages';

let problem: string | null = null;

export function currentProblem(): string | null {
  return problem;
}

/** Records a failure (or its end, with null) and tells the background; a lost message is not worth an error. */
export function reportProblem(next: string | null): void {
  if (next === problem) return;
  problem = next;
  if (next) console.warn('[Second Look]', next);
  const message: HealthMessage = { type: 'second-look/health', problem: next };
  browser.runtime.sendMessage(message).catch(() => {});
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

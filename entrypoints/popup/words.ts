/** What the popup says, in plain words: which rules protect this tab, and what a problem means for the user. Pure. */
import type { PackInfo } from '../../utils/messages';

export type Protection = 'checked' | 'demo-only' | 'unchecked';

/** A content script's problem (developer words, for the console) as what it means for the person. */
export function problemInWords(problem: string): { protection: Protection; text: string } {
  if (/^pack could not be loaded|^storage unavailable/.test(problem)) {
    return { protection: 'demo-only', text: "Your setting's rules could not be loaded in this tab, so only the demo rules are checked here. Reloading the page may help." };
  }
  if (/^could not re-send/.test(problem)) {
    return { protection: 'checked', text: 'A post held by Second Look could not be sent on for you: press the site\'s post button again.' };
  }
  if (/^could not remember/.test(problem)) {
    return { protection: 'checked', text: '"Not a problem" could not be saved this time; those words may be flagged again.' };
  }
  return { protection: 'unchecked', text: 'Second Look could not check posts in this tab just now, so they go out without a check. Reload the page to try again.' };
}

/** Where the pack came from, as a person would say it. */
export function sourceInWords(source: string): string {
  if (source === 'managed policy') return "set by your setting's IT";
  if (source === 'imported file') return 'a pack file imported in this browser';
  if (source === 'built-in demo') return 'built into Second Look';
  const url = source.match(/^(\S+) \(policy URL\)$/);
  if (url) return `downloaded from ${url[1]}`;
  return source;
}

export function isDemo(pack: PackInfo | null): boolean {
  return !pack || pack.source === 'built-in demo';
}

/** Small judgements on tokens shared by the checks: how a setting's name or a rude word is written. */
import type { Token } from '../normalise/tokenise';

const SETTING_CUE_BEFORE = new Set(['at', 'from', 'work', 'works', 'working', 'worked', 'join', 'joined', 'joining', 'leaving', 'left', 'visit', 'with', 'for']);

/**
 * Is an everyday-word name ("little acorns") written as a name here? Capitalised, a hashtag or
 * handle, spaced out, shouted, or after "at", "from", "work".
 */
export function writtenAsName(tokens: Token[], first: number, last: number): boolean {
  const run = tokens.slice(first, last + 1);
  if (run.some((t) => t.tag || t.merged || t.upper)) return true;
  if (run.every((t) => t.cap) && (run.length > 1 || !run[0]!.sentStart)) return true;
  const before = tokens[first - 1];
  return !!before && before.sentence === run[0]!.sentence && SETTING_CUE_BEFORE.has(before.text);
}

/** A rude word that is also part of a name: Dick Whittington, Dick Van Dyke, Fanny Cradock. */
export function partOfProperName(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.cap || t.upper) return false;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const nextIsName = !!next && next.sentence === t.sentence && next.cap && !next.upper;
  const prevIsName = !!prev && prev.sentence === t.sentence && prev.cap && !t.sentStart;
  return nextIsName || prevIsName;
}

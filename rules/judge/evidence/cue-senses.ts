/**
 * A few cue words have an everyday sense as common as their work sense, and the words beside them say which:
 * "at work" is a workplace, "three of them don't work" is not; "the head said" is a role, "my head hurts" and
 * "a reindeer with no head" are not. A cue read in its other sense is not evidence of anything.
 */
import type { Token } from '../../normalise/tokenise';
import { wordBeside } from '../../normalise/neighbours';

// "it doesn't work", "that might work", "they won't work": the verb, how something functions.
const BEFORE_THE_VERB: ReadonlySet<string> = new Set([
  'it', 'that', 'this', 'which', 'do', 'does', 'did', "don't", "doesn't", "didn't", 'dont', 'doesnt', 'didnt', "won't", "wouldn't", "can't", "couldn't",
  'might', 'may', 'should', 'would', 'could', 'will', 'gonna', 'must', 'never',
]);
// "work out" (exercise, reckon), "work of art", "work wonders", "work miracles".
const VERB_AFTER: ReadonlySet<string> = new Set(['out', 'wonders', 'miracles', 'magic']);
// "my head", "no head", "off his head": the body; "head home", "head out": the verb.
const A_BODY_S: ReadonlySet<string> = new Set(['my', 'his', 'her', 'their', 'your', 'its', 'no', 'off', 'over', 'on', 'per', 'a', 'bang', 'banged', 'bumped']);
const HEAD_GOING: ReadonlySet<string> = new Set(['home', 'out', 'off', 'back', 'over', 'down', 'to', 'into', 'for', 'towards', 'lice', 'cold', 'ache', 'first']);

// "good job", "nice job", "job done", "a job lot": praise and bargains, not employment.
const A_JOB_WELL_DONE: ReadonlySet<string> = new Set(['good', 'great', 'nice', 'decent', 'brilliant', 'smashing', 'grand', 'proper', 'odd', 'inside', 'blow', 'fab']);

/** The cue `entry` at token i is read in its other, everyday sense (so it is not a cue of class `cls`). */
export function inOtherSense(cls: string, entry: string, tokens: Token[], i: number): boolean {
  const at = (k: number) => wordBeside(tokens, i, k - i);
  if (cls === 'workplace' && entry === 'work') return BEFORE_THE_VERB.has(at(i - 1)) || VERB_AFTER.has(at(i + 1)) || (at(i + 1) === 'of' && at(i + 2) === 'art');
  if (cls === 'workplace' && entry === 'job') return A_JOB_WELL_DONE.has(at(i - 1)) || at(i + 1) === 'done' || at(i + 1) === 'lot';
  if (cls === 'role' && entry === 'head') return A_BODY_S.has(at(i - 1)) || HEAD_GOING.has(at(i + 1));
  return false;
}

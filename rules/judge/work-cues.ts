/**
 * Does a post hold a cue of the setting's work (lexicon/cue-classes.ts), of the given classes?
 * 'he' and 'she' are role cues, for a colleague spoken of, but they are in nearly every post about
 * anyone (a pet, a golfer): a role counts only when the post has more role cues than those pronouns.
 */
import type { Run } from '../run';

const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

export function workCuesIn(run: Run, classes: ReadonlySet<string>): boolean {
  let roles = 0;
  for (const [cls] of run.cues) {
    if (cls === 'role' && classes.has('role')) roles++;
    else if (classes.has(cls)) return true;
  }
  return roles > 0 && roles > run.tokens.filter((t) => PRONOUNS.has(t.text)).length;
}

/**
 * Does a post hold a cue of the setting's work (lexicon/cue-classes.ts), of the given classes?
 * 'he' and 'she' are role cues, for a colleague spoken of, but they are in nearly every post about
 * anyone (a pet, a golfer): a role counts only when the post has more role cues than those pronouns.
 */
import type { Run } from '../run';

/** The cue classes of a setting's work: its roles, children and families, rooms, jargon, staffing, incidents, confidences and health. */
export const WORK_CLASSES: ReadonlySet<string> = new Set(['role', 'children', 'families', 'workplace', 'jargon', 'staff-jargon', 'staffing-money', 'incident', 'confidential', 'health']);

const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

const PRONOUN_COUNT = new WeakMap<Run, number>();

export function workCuesIn(run: Run, classes: ReadonlySet<string>): boolean {
  let roles = 0;
  for (const [cls] of run.cues) {
    if (cls === 'role' && classes.has('role')) roles++;
    else if (classes.has(cls)) return true;
  }
  if (roles === 0) return false;
  let pronouns = PRONOUN_COUNT.get(run);
  if (pronouns === undefined) PRONOUN_COUNT.set(run, (pronouns = run.tokens.filter((t) => PRONOUNS.has(t.text)).length));
  return roles > pronouns;
}

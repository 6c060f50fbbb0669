/**
 * Confidential matters in ordinary words: the business's plans, families' private lives, a
 * child's health (only where a child in one's care is meant), and secrets told about work.
 */
import { CONFIDENTIAL_RULES } from '../lexicon/confidential';
import { words } from '../lexicon/pattern';
import type { Run } from '../run';

// Any mention of work makes a secret a work secret.
const AT_WORK = words('work');
const SECRET_EMOJI = /\u{1F92B}/u;

// A child in one's care, other than by name: "one of my key children", "a little one in my room".
const CHILD_IN_CARE = words("(?:one|some|two|a couple) of (?:my|our|the) (?:key )?(?:children|kids|little ones|babies|toddlers|families|dads|mums|parents)|(?:my|our) key (?:child|children)|(?:a|one|this) (?:child|kid|little one|baby|toddler|family) (?:in|at) (?:my|our|the|work|nursery) ?(?:room|class|group|care)?");

export function judgeConfidential(run: Run): void {
  const severity = run.c.severity.confidential;
  const childSentences = new Set<number>();
  for (const k of run.children) childSentences.add(run.tokens[k]!.sentence);
  for (const [a] of run.matches(CHILD_IN_CARE)) childSentences.add(run.tokens[a]!.sentence);
  const work = run.out.some((f) => f.category !== 'profanity' && f.category !== 'political-religious') || [...run.matches(AT_WORK)].length > 0;
  // 🤫: a secret, the same as "keep it quiet".
  if (work && SECRET_EMOJI.test(run.text)) {
    const at = run.text.search(SECRET_EMOJI);
    run.add('confidential', 'confidential/secret', severity, at, at + 2);
  }
  for (const rule of CONFIDENTIAL_RULES) {
    for (const [a, b] of run.matches(rule.re)) {
      const s = run.tokens[a]!.sentence;
      if (rule.needsChild && !childSentences.has(s) && !childSentences.has(s - 1)) continue;
      if (rule.needsWork && !work) continue;
      run.addTokens('confidential', `confidential/${rule.id}`, severity, a, b);
    }
  }
}

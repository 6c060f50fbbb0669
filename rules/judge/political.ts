/** Political or religious persuasion: urging a vote or a faith, or inviting people to a gathering. */
import { GATHERING, INVITATION, POLITICAL_RULES, URGING } from '../lexicon/political';
import { words } from '../lexicon/pattern';
import type { Run } from '../run';

const VOTE_FOR = words('(?:vote|voting|votes)(?: for)?');

export function judgePolitical(run: Run): void {
  const severity = run.c.severity['political-religious'];
  for (const rule of [...POLITICAL_RULES, ...URGING]) {
    for (const [a, b] of run.matches(rule.re)) run.addTokens('political-religious', `political-religious/${rule.id}`, severity, a, b);
  }
  // "Vote for Jenny Hobbs": a person named after "vote for" is a candidate.
  for (const [a, b] of run.matches(VOTE_FOR)) {
    const next = run.tokens[b + 1];
    if (next && next.cap && !next.sentStart && next.sentence === run.tokens[b]!.sentence) run.addTokens('political-religious', 'political-religious/vote', severity, a, b + 1);
  }
  // An invitation within a sentence of a gathering recruits to it.
  const gatherings = [...run.matches(GATHERING)].map(([a]) => run.tokens[a]!.sentence);
  if (gatherings.length === 0) return;
  for (const [a, b] of run.matches(INVITATION)) {
    const s = run.tokens[a]!.sentence;
    if (gatherings.some((g) => Math.abs(g - s) <= 2)) run.addTokens('political-religious', 'political-religious/recruit', severity, a, b);
  }
}

/** Swearing: whole-token word rules, then mild and sexual phrases. */
import { INSULT_ONLY_PHRASES, MASKED_PHRASES, MILD_PHRASES, PROFANE_WORDS, SEXUAL_PHRASES } from '../lexicon/profanity';
import type { Run } from '../run';
import { wholeTokenGate } from '../match/word-gate';
import { partOfProperName } from './cues';

const ANY_PROFANE = new RegExp(PROFANE_WORDS.map((r) => `(?:${r.re.source})`).join('|'));
// Most words cannot start a swear word: their first three letters say so before the alternation is tried.
const MAY_BE_PROFANE = wholeTokenGate(PROFANE_WORDS.map((r) => r.re)) ?? (() => true);

export function judgeProfanity(run: Run): void {
  const { c, tokens } = run;
  tokens.forEach((t, i) => {
    if (run.skip[i] || !MAY_BE_PROFANE(t.text) || !ANY_PROFANE.test(t.text)) return;
    const rule = PROFANE_WORDS.find((r) => r.re.test(t.text))!;
    if (rule.nameToo && partOfProperName(tokens, i)) return;
    if (rule.notAfter?.has(tokens[i - 1]?.text ?? '')) return;
    if (rule.notInSentenceWith && tokens.some((u) => u.sentence === t.sentence && rule.notInSentenceWith!.has(u.text))) return;
    run.addTokens('profanity', `profanity/${rule.id}`, rule.mild ? 'low' : c.severity.profanity, i, i);
  });
  for (const re of MILD_PHRASES) for (const [a, b] of run.matches(re)) run.addTokens('profanity', 'profanity/mild', 'low', a, b);
  for (const re of MASKED_PHRASES) for (const [a, b] of run.matches(re)) run.addTokens('profanity', 'profanity/fuck', c.severity.profanity, a, b);
  for (const re of INSULT_ONLY_PHRASES) for (const [a, b] of run.matches(re)) run.addTokens('profanity', 'profanity/insult-word', c.severity.profanity, a, b);
  for (const re of SEXUAL_PHRASES) for (const [a, b] of run.matches(re)) run.addTokens('profanity', 'profanity/sexual', c.severity.profanity, a, b);
}

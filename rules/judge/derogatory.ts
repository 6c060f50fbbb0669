/**
 * Derogatory remarks: insults and accusations judged by whom they are aimed at, and digs that
 * carry no insult word but scorn someone connected with the setting (sarcasm, scare quotes,
 * an eye-roll after a remark about the manager).
 */
import { DEROGATORY_RULES } from '../lexicon/derogatory';
import { words } from '../lexicon/pattern';
import { PEOPLE_TARGETS } from '../lexicon/targets';
import { SCARE_QUOTES, SCORN_EMOJI, SCORN_PHRASES } from '../lexicon/tone';
import type { Run } from '../run';
import type { Severity } from '../types';
import { AimFinder } from './aim';

const PEOPLE_RE = words(PEOPLE_TARGETS);
const EMOJI_ALL = new RegExp(SCORN_EMOJI.source, 'gu');
// A name given ('started calling her grandad 'boss''), not a word sneered at.
const NAMING = /\b(?:call|calls|called|calling|nickname|nicknamed|known as)\s+(?:\S+\s+){0,3}$/;
const QUOTED_SPEECH = /(?:\b(?:said|say|says|saying|word|words|called|calls|answer to|answers to|wants|wanted|goes|went|asked|asks|told|tells|shouted|screamed|sang|sings|read|reads|spelt|spelled|like|reply|replied|whispered|announced|declared|named|for|sign|signs|:)\W*)$/;
// Words someone said ('you look tired') rather than a word sneered at.
const UTTERANCE = /\b(?:i|i'm|you|you're|he|he's|she|she's|we|we're|they|they're|it's|me)\b/i;
// A child's words reported in the sentence: "Oliver told his mum I'm his 'best friend'".
const REPORTED = /\b(?:said|says|told|tells|asked|asks|announced|informed|decided)\b/;

export function judgeDerogatory(run: Run): void {
  const aim = new AimFinder(run.stream, run.named);
  // "my mum needs to learn": a role word that is the poster's own family is not the setting's.
  const people = [...run.matches(PEOPLE_RE)].map(([a]) => a).filter((a) => !aim.isOther(a));
  const touchesSetting = run.named.size > 0 || people.length > 0;
  const full = run.c.severity.derogatory;
  for (const rule of DEROGATORY_RULES) {
    for (const [a, b] of run.matches(rule.re)) {
      if (rule.negatable && aim.negated(a)) { run.negatedDigs.add(run.tokens[a]!.sentence); continue; }
      const where = aim.aimOf(a, b);
      let severity: Severity | null;
      if (!rule.negatable) severity = !rule.needsTarget || where === 'setting' ? full : null;
      else if (where === 'setting') severity = full;
      // A free-floating insult is shown quietly, and only in a post that touches the setting at all.
      else severity = where === 'none' && !rule.needsTarget && touchesSetting ? 'low' : null;
      if (severity) run.addTokens('derogatory', `derogatory/${rule.id}`, severity, a, b);
    }
  }
  judgeScorn(run, full, people);
}

/** The sentences the given tokens sit in. */
function sentencesOf(run: Run, tokens: Iterable<number>): Set<number> {
  const sentences = new Set<number>();
  for (const k of tokens) sentences.add(run.tokens[k]!.sentence);
  return sentences;
}

function judgeScorn(run: Run, severity: Severity, people: number[]): void {
  if (run.tokens.length === 0) return;
  // Sentences holding a person or place connected with the setting.
  const targets = sentencesOf(run, [...run.named, ...people]);
  if (targets.size === 0) return;
  const near = (sentence: number) => [-2, -1, 0, 1, 2].some((d) => targets.has(sentence + d));
  for (const [a, b] of run.matches(SCORN_PHRASES)) {
    if (near(run.tokens[a]!.sentence)) run.addTokens('derogatory', 'derogatory/scorn', severity, a, b);
  }
  // Scare quotes beside an adult of the setting are a dig ("her idea of 'supporting staff'");
  // quoted speech ("said 'biscuit'") and reported words are not, nor a child's own words
  // beside the child ("Storm's den had a password: 'sausage'").
  const adults = sentencesOf(run, [...[...run.named].filter((k) => !run.children.has(k)), ...people]);
  for (const m of run.f.text.matchAll(SCARE_QUOTES)) {
    const k = run.tokenBefore(m.index + 1);
    const sentence = run.tokens[k]!.sentence;
    const sentenceStart = run.tokens[run.sentenceStart(k)]!.fStart;
    const before = run.f.lower.slice(Math.max(0, m.index - 30), m.index);
    if (QUOTED_SPEECH.test(before) || NAMING.test(before) || REPORTED.test(run.f.lower.slice(sentenceStart, m.index)) || !adults.has(sentence)) continue;
    // An utterance ('you look tired') or a title ('Deputy Manager') is quoted, not sneered at.
    if (/^\p{Lu}/u.test(m[1]!) || UTTERANCE.test(m[1]!)) continue;
    run.addFolded('derogatory', 'derogatory/scorn', severity, m.index, m.index + m[0].length);
  }
  for (const m of run.f.text.matchAll(EMOJI_ALL)) {
    // The emoji closes the sentence before it: mark that sentence, up to the emoji.
    const k = run.tokenBefore(m.index);
    const sentence = run.tokens[k]!.sentence;
    if (run.tokens[k]!.fStart > m.index || !near(sentence)) continue;
    run.addFolded('derogatory', 'derogatory/scorn', severity, run.tokens[run.sentenceStart(k)]!.fStart, m.index + m[0].length);
  }
}

/**
 * The evidence a post offers the judgement models, as named binary features, each tied to the
 * sentence it came from (so a finding can point at the sentence that carried most weight):
 * - `r:<rule>:<severity>`: a cue the rule judges found (an insult aimed at a role, a work room,
 *   an urging), and `t:<category>` for the pack's own terms;
 * - `w:<word>` and `b:<word> <word>`: the words (lightly stemmed), with the pack's names read as slots
 *   (<child>, <staff>, <setting>) and numbers as <num>, so what is learnt about one setting's
 *   children holds for every setting's;
 * - `k:<class>`: typed cues (lexicon/cue-classes.ts) and the pack's people and setting, and
 *   `p:<class>+<class>` for two of them in one sentence (a role beside an insult);
 * - `e:<emoji>` and a few shapes of the post (`m:*`).
 */
import type { Run } from '../../run';
import { lightStem } from '../../normalise/stem';
import type { Finding } from '../../types';

export interface Evidence {
  /** Feature name → the sentences it occurs in (-1 for the whole post). */
  features: Map<string, number[]>;
}

const EMOJI = /\p{Extended_Pictographic}/gu;
const FIRST_PERSON = new Set(['i', "i'm", 'im', "i've", 'ive', 'me', 'my', "i'd", "i'll"]);
const WE = new Set(['we', "we're", "we've", 'our', 'us']);

/**
 * Where the features go, as they are found: a word (`w:<word>`) and a word pair (`b:<a> <b>`)
 * apart from the rest, so that a check can look them up without building their names.
 */
export interface EvidenceSink {
  word(w: string, sentence: number): void;
  pair(a: string, b: string, sentence: number): void;
  other(name: string, sentence: number): void;
}

/** Every feature of the post, by name, with the sentences it occurs in (training and explain read this). */
export function gatherEvidence(run: Run, cues: Finding[], termIds: Set<string>): Evidence {
  const features = new Map<string, number[]>();
  const add = (name: string, sentence: number) => {
    const at = features.get(name);
    if (!at) features.set(name, [sentence]);
    else if (at[at.length - 1] !== sentence) at.push(sentence);
  };
  walkEvidence(run, cues, termIds, { word: (w, s) => add(`w:${w}`, s), pair: (a, b, s) => add(`b:${a} ${b}`, s), other: add });
  return { features };
}

// Feature names other than words, made once each (kind → first part → second part → name):
// a check then looks up a name whose hash is already known, not a new string.
const NAMES = new Map<string, Map<string, Map<string, string>>>();
function named(kind: string, a: string, sep = '', b = ''): string {
  let byA = NAMES.get(kind);
  if (!byA) NAMES.set(kind, (byA = new Map()));
  let byB = byA.get(a);
  if (!byB) byA.set(a, (byB = new Map()));
  let name = byB.get(b);
  if (name === undefined) byB.set(b, (name = `${kind}:${a}${sep}${b}`));
  return name;
}

/** The features of the post, in the order gatherEvidence first meets them. */
export function walkEvidence(run: Run, cues: Finding[], termIds: Set<string>, sink: EvidenceSink): void {
  const { tokens } = run;
  for (const f of cues) sink.other(termIds.has(f.ruleId) ? named('t', f.category) : named('r', f.ruleId, ':', f.severity), sentenceAt(run, f.start));
  const slot = (i: number): string => {
    const t = tokens[i]!;
    if (run.children.has(i)) return '<child>';
    if (run.people.has(i)) return '<staff>';
    if (run.named.has(i)) return '<setting>';
    if (t.num) return '<num>';
    if (t.tag) return t.tag === '#' ? `#${t.text}` : t.text;
    return lightStem(t.text);
  };
  let prev = '';
  let prevSentence = -1;
  let self = false;
  let we = false;
  for (let i = 0; i < tokens.length; i++) {
    if (run.skip[i]) { prev = ''; continue; }
    const t = tokens[i]!;
    const w = slot(i);
    if (t.tag === '@' && w === t.text) { prev = ''; continue; }
    sink.word(w, t.sentence);
    if (prev && prevSentence === t.sentence) sink.pair(prev, w, t.sentence);
    if (FIRST_PERSON.has(t.text)) self = true;
    if (WE.has(t.text)) we = true;
    prev = w;
    prevSentence = t.sentence;
  }
  // Typed cues and who is named, per sentence; pairs in one sentence say more than either alone.
  const classes = new Map<number, Set<string>>();
  const mark = (cls: string, sentence: number) => {
    let set = classes.get(sentence);
    if (!set) classes.set(sentence, (set = new Set()));
    set.add(cls);
  };
  for (const [cls, sentence] of run.cues) mark(cls, sentence);
  for (let i = 0; i < tokens.length; i++) {
    if (run.children.has(i)) mark('child', tokens[i]!.sentence);
    else if (run.people.has(i)) mark('staff', tokens[i]!.sentence);
    else if (run.named.has(i)) mark('setting', tokens[i]!.sentence);
  }
  for (const [sentence, set] of classes) {
    const list = [...set].sort();
    for (let a = 0; a < list.length; a++) {
      sink.other(named('k', list[a]!), sentence);
      for (let b = a + 1; b < list.length; b++) sink.other(named('p', list[a]!, '+', list[b]!), sentence);
    }
  }
  for (const m of run.text.matchAll(EMOJI)) sink.other(named('e', m[0]), sentenceAt(run, m.index));
  if (self) sink.other('m:self', -1);
  if (we) sink.other('m:we', -1);
  if (run.text.includes('?')) sink.other('m:question', -1);
  sink.other(tokens.length > 60 ? 'm:long' : tokens.length > 20 ? 'm:medium' : 'm:short', -1);
}

/** The sentence of the token at or before an offset into the original text. */
export function sentenceAt(run: Run, original: number): number {
  const { tokens } = run;
  if (tokens.length === 0) return -1;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= original) lo = mid;
    else hi = mid - 1;
  }
  return tokens[lo]!.sentence;
}

/**
 * Is a first name that is also a word (Rose, Storm, Hunter, Chase) a person here, or the
 * plant, the weather, the telly programme, the dog? The cues around it are weighed by a
 * trained model (`MODELS.name`): the words either side, an initial after it ("Ruby C"), what
 * the sentence and the post are about (work, one's own family, pets, telly), how it is
 * written, and how compromise reads the sentence (usedAsName).
 */
import type { Token } from '../normalise/tokenise';
import type { Run } from '../run';
import { PLACE_PREPOSITIONS } from '../lexicon/names';
import { scoreFeatures } from './evidence/model';
import { MODELS } from './evidence/weights';
import { dictionaryTag } from './language';

const EMOJI_AFTER = /^\s*\p{Extended_Pictographic}/u;

/**
 * A word's part of speech as compromise's dictionary gives it, in a few kinds: what kind of
 * word stands beside a word-name says which sense it has, whatever the word-name is.
 */
const KIND_OF_TAG: Record<string, string> = {
  Singular: 'noun', Plural: 'plural', Noun: 'noun', Uncountable: 'noun', Actor: 'noun', Unit: 'noun', Duration: 'noun', Currency: 'noun',
  PastTense: 'verb', PresentTense: 'verb', Infinitive: 'verb', Participle: 'verb', Verb: 'verb', Imperative: 'verb',
  Modal: 'modal', Copula: 'verb', Gerund: 'gerund',
  Adjective: 'adj', Comparative: 'adj', Superlative: 'adj',
  FirstName: 'name', MaleName: 'name', FemaleName: 'name', LastName: 'name', Person: 'name', Honorific: 'name',
  City: 'place', Country: 'place', Demonym: 'place', Organization: 'org', SportsTeam: 'org',
  Preposition: 'prep', Conjunction: 'conj', Determiner: 'det', Pronoun: 'pron', Adverb: 'adv', Possessive: 'pron',
};
export function wordKind(t: Token): string {
  if (t.num) return 'num';
  const tag = dictionaryTag(t.text);
  // "painted", "excited": the dictionary calls a past participle an adjective; after a name it is a verb.
  if (tag === 'Adjective' && /ed$/.test(t.text)) return 'verb';
  return tag === undefined ? 'unknown' : KIND_OF_TAG[tag] ?? 'other';
}

/**
 * The sense the words around a word-name give it (for the model to weigh, in any post):
 * - a noun right after it, not possessive: a modifier ("Storm warning", "Daisy chains", "Clover
 *   honey"); a verb after it: a subject ("Summer painted");
 * - a preposition of place before it ("in Brooklyn", "from Skye"): more often a place;
 * - the same word as a hashtag in the post (#clover, #isleofskye): what the post is about.
 */
function senseFeatures(run: Run, i: number, prev: Token | undefined, next: Token | undefined): string[] {
  const { tokens } = run;
  const t = tokens[i]!;
  const f: string[] = [];
  const between = next ? run.text.slice(t.end, next.start) : '';
  if (next && /^[ \t]+$/.test(between)) f.push(`n:next-kind:${wordKind(next)}${t.poss ? ':poss' : ''}`);
  else f.push(`n:next-kind:${next ? 'after-punct' : 'end'}`);
  if (prev) f.push(`n:prev-kind:${wordKind(prev)}`);
  if (prev && !t.poss && !t.tag && PLACE_PREPOSITIONS.has(prev.text)) f.push('n:place-prep');
  for (const other of tokens) {
    if (other !== t && other.tag === '#' && other.key.includes(t.key)) { f.push(other.key === t.key ? 'n:hashtag-same' : 'n:hashtag-within'); break; }
  }
  return f;
}

export function nameSenseFeatures(run: Run, i: number, role: 'child' | 'staff', readsAsName: boolean, ownInitials: Set<string>): string[] {
  const { tokens } = run;
  const t = tokens[i]!;
  const prev = tokens[i - 1]?.sentence === t.sentence ? tokens[i - 1] : undefined;
  const next = tokens[i + 1]?.sentence === t.sentence ? tokens[i + 1] : undefined;
  const f = [`n:role:${role}`, `n:prev:${prev ? prev.text : '^'}`, `n:next:${next ? (next.num ? '<num>' : next.text) : '$'}`];
  if (readsAsName) f.push('n:reads-as-name');
  if (t.cap) f.push(t.sentStart ? 'n:cap-start' : 'n:cap');
  else if (!t.upper) f.push('n:lower');
  if (t.upper) f.push('n:upper');
  if (t.poss) f.push(t.cap ? 'n:poss' : 'n:poss-lower');
  if (t.tag) f.push('n:tag');
  // "Ruby C", "rose w's mum": an initial after a first name is a surname.
  if (next && next.text.length === 1 && next.text !== 'a' && next.text !== 'i' && !next.num) f.push(ownInitials.has(next.text) ? 'n:own-initial' : 'n:initial');
  if (EMOJI_AFTER.test(run.text.slice(t.end, t.end + 4))) f.push('n:emoji-after');
  for (const [cls, sentence] of run.cues) {
    if (sentence === t.sentence) f.push(`n:s:${cls}`);
    f.push(`n:p:${cls}`);
  }
  for (const k of run.named) if (k !== i && tokens[k]!.sentence === t.sentence) { f.push('n:s:named'); break; }
  f.push(...senseFeatures(run, i, prev, next));
  return [...new Set(f)];
}

/**
 * The contract's reading (usedAsName: capitals away from a sentence's start, a title, "little",
 * a possessive, compromise) stands unless the model is sure it is a thing (below `low`); a
 * word the reading rejects is a name when the model is sure it is one (at or above `warn`):
 * "Ruby C", "Skye M's mum", "poppy c just asked me".
 */
export function isNameHere(features: string[], readsAsName: boolean): boolean {
  const model = MODELS.name;
  const p = scoreFeatures(model, features);
  return readsAsName ? p >= model.low : p >= model.warn;
}

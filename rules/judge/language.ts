/**
 * The one file that imports compromise: part-of-speech judgements the rules can't make from
 * word lists. Called only for a candidate name that needs judging, never on every word.
 */
// compromise/two (the tagger without the phrase plugins we never use), assembled in steps by tagger.ts:
// compileSteps builds it a slice at a time; anything called before that builds it at once.
import { tagger } from './tagger';

const nlp = (text: string) => tagger()(text);
const lexicon = () => (tagger().model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);

/** compromise's own dictionary tag for a word, if it has one. */
export function dictionaryTag(word: string): string | undefined {
  const tag = lexicon()[word];
  return typeof tag === 'string' ? tag : undefined;
}

/** An ordinary English word (not a name) that compromise knows, or whose singular it knows. */
export function isEverydayWord(word: string): boolean {
  for (const w of [word, word.replace(/ies$/, 'y'), word.replace(/e?s$/, ''), word.replace(/s$/, '')]) {
    const tag = dictionaryTag(w);
    if (tag && !NAME_TAGS.has(tag)) return true;
  }
  return false;
}

/**
 * Could this word of a setting's name be an everyday word (rainbow, meadow, lighthouse)?
 * compromise's dictionary is small, so also: two dictionary words joined (light+house,
 * oak+wood), or a short word its tagger reads as a plain noun or adjective, not a name or a
 * place. A coined or foreign place name (Auchenbrae) is none of these.
 */
export function couldBeEverydayWord(word: string): boolean {
  if (isEverydayWord(word)) return true;
  for (let cut = 3; cut <= word.length - 3; cut++) {
    if (isEverydayWord(word.slice(0, cut)) && isEverydayWord(word.slice(cut))) return true;
  }
  if (word.length > 9 || !/^[a-z]+$/.test(word)) return false;
  const tags = new Set((nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? []);
  return (tags.has('Noun') || tags.has('Adjective')) && !tags.has('ProperNoun') && !tags.has('Person') && !tags.has('Place');
}

/** Does compromise read this single word as an adjective (amazing, steely)? */
export function isAdjective(word: string): boolean {
  return nlp(word).has('#Adjective');
}

/** Does compromise read this single word as an adverb (honestly, literally)? */
export function isAdverb(word: string): boolean {
  return nlp(word).has('#Adverb');
}

/** Does compromise read the second word of `phrase` as a plain noun ("Robins mum"), not a verb or gerund ("Robins nesting")? */
export function nextWordIsNoun(phrase: string): boolean {
  const tags = new Set((nlp(phrase).terms().json() as { terms: { tags: string[] }[] }[])[1]?.terms[0]?.tags ?? []);
  return tags.has('Noun') && !tags.has('Gerund') && !tags.has('Verb') && !tags.has('Pronoun') && !tags.has('Determiner');
}

/**
 * Is the first word of `phrase` (a sentence opening: the word and a few after it) used as a
 * person's name? Yes when compromise reads it as a person, or as the subject of the verb that
 * follows ("Summer painted a rainbow"); no when it reads it as a verb or modal ("Hope you
 * are well", "Will you come?") or as a noun in a noun phrase ("Amber warning").
 */
export function opensWithName(phrase: string): boolean {
  const terms = nlp(phrase).terms().json() as { text: string; terms: { tags: string[] }[] }[];
  const word = new Set(terms[0]?.terms[0]?.tags ?? []);
  // Look past an adverb: "Hope honestly thinks ...".
  const nextIndex = terms[1]?.terms[0]?.tags.includes('Adverb') && terms[2] ? 2 : 1;
  const next = new Set(terms[nextIndex]?.terms[0]?.tags ?? []);
  // "Summer's finally here": the 's is "is", and compromise says so with an empty copula.
  if (terms[1]?.text === '' && next.has('Copula')) return word.has('Person') && !word.has('Noun') ? true : false;
  const finiteVerb = next.has('Verb') && (next.has('PastTense') || (next.has('PresentTense') && !next.has('Infinitive'))) && !next.has('Modal');
  if (word.has('Person') || word.has('FirstName')) return finiteVerb || next.has('Copula') || terms[1]?.text === 'and';
  return finiteVerb && !next.has('Copula');
}

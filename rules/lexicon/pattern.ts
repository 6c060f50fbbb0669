/**
 * Built-in rules are regular expressions over the word stream (see normalise/stream.ts):
 * lower-case words, one space apart, " | " between sentences. `words()` anchors a pattern to
 * whole words; ANY is one word of any kind, never a sentence break.
 */
export const ANY = "(?:[^ |,]+ )";

const MADE: RegExp[] = [];
/** Every pattern `words()` has made (all at module level), so their word gates can be made in steps ahead of the first check (match/word-gate.ts prepareGates). */
export const WORD_PATTERNS: readonly RegExp[] = MADE;

export function words(source: string): RegExp {
  // A trailing possessive or "is" ('s) never stops a match: "the owner's", "Inspection's next".
  const re = new RegExp(`(?<=^| )(?:${source})(?:'s)?(?= |$)`, 'g');
  MADE.push(re);
  return re;
}

/** An alternation of plain words, e.g. oneOf(['mum', 'dad']) → (?:mum|dad). */
export function oneOf(list: readonly string[]): string {
  return `(?:${[...list].sort((a, b) => b.length - a.length).join('|')})`;
}

/**
 * Where an entry of a lexicon comes from. `general`: vocabulary written from the policies and
 * common usage (a swear word, a common insult, a policy term), said once for the whole list in
 * `why`. `corpus`: a pattern learnt from posts, which the lint (tests/rules/lexicon-lint.test.ts)
 * keeps only while posts of at least two authors of the training corpora match it.
 */
export type Source = 'general' | 'corpus';

/** A list of entries, each a pattern over the word stream on its own, so each can be checked. */
export interface EntryList { id: string; source: Source; why: string; entries: readonly string[] }

const LISTS: EntryList[] = [];
/** Every list defined with `entries()`, for the lint. */
export const LEXICON: readonly EntryList[] = LISTS;

/** Defines (and registers) a list of entries. */
export function entries(id: string, source: Source, why: string, list: readonly string[]): EntryList {
  const l = { id, source, why, entries: list };
  LISTS.push(l);
  return l;
}

/** The entries of some lists as one alternation, longest first (so "the worst" wins over "worst"). */
export function anyOf(...lists: EntryList[]): string {
  return oneOf(lists.flatMap((l) => l.entries));
}

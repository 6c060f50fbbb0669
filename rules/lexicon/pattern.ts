/**
 * Built-in rules are regular expressions over the word stream (see normalise/stream.ts):
 * lower-case words, one space apart, " | " between sentences. `words()` anchors a pattern to
 * whole words; ANY is one word of any kind, never a sentence break.
 */
export const ANY = "(?:[^ |,]+ )";

export function words(source: string): RegExp {
  // A trailing possessive or "is" ('s) never stops a match: "the owner's", "Inspection's next".
  return new RegExp(`(?<=^| )(?:${source})(?:'s)?(?= |$)`, 'g');
}

/** An alternation of plain words, e.g. oneOf(['mum', 'dad']) → (?:mum|dad). */
export function oneOf(list: readonly string[]): string {
  return `(?:${[...list].sort((a, b) => b.length - a.length).join('|')})`;
}

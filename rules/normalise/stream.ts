/**
 * The post as a plain stream of lower-case words ("rough day in the baby room"), one space
 * between words and " | " between sentences, so built-in patterns are simple regular
 * expressions over words that can never run across a sentence. Maps stream offsets to tokens.
 */
import type { Token } from './tokenise';

export interface WordStream {
  text: string;
  /** Stream offset where token i starts. */
  at: Int32Array;
  tokens: Token[];
}

// A comma, semicolon, colon or bracket between words: patterns may not read across it as if
// the words were adjacent ("Potty training, day 2" is not a training day).
const CLAUSE_BREAK = /[,;:()\u2013\u2014]/;

export function toStream(tokens: Token[], folded: string): WordStream {
  const at = new Int32Array(tokens.length);
  let text = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev) text += prev.sentence !== t.sentence ? ' | ' : CLAUSE_BREAK.test(folded.slice(prev.fEnd, t.fStart)) ? ' , ' : ' ';
    at[i] = text.length;
    text += t.poss ? `${t.text}'s` : t.text;
  }
  return { text, at, tokens };
}

/** The tokens [first, last] (inclusive) covered by stream range [from, to). */
export function tokenRange(s: WordStream, from: number, to: number): [number, number] {
  return [tokenAt(s, from), tokenAt(s, Math.max(from, to - 1))];
}

function tokenAt(s: WordStream, offset: number): number {
  let lo = 0;
  let hi = s.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.at[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

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

export function toStream(tokens: Token[]): WordStream {
  const at = new Int32Array(tokens.length);
  let text = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0) text += tokens[i - 1]!.sentence === t.sentence ? ' ' : ' | ';
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

/**
 * The words beside a token, within its own sentence: a word across a full stop says nothing
 * about the one before it ("...at work. Out now" is no "work out").
 */
import type { Token } from './tokenise';

/** The token `step` places from token i, if it is in the same sentence. */
export function neighbour(tokens: readonly Token[], i: number, step: number): Token | undefined {
  const t = tokens[i + step];
  return t && t.sentence === tokens[i]!.sentence ? t : undefined;
}

/** The text of the token `step` places from token i, if it is in the same sentence; '' otherwise. */
export function wordBeside(tokens: readonly Token[], i: number, step: number): string {
  return neighbour(tokens, i, step)?.text ?? '';
}

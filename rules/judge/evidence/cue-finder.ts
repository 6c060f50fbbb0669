/** Finds the typed cues of lexicon/cue-classes.ts in one pass over a post's tokens. */
import { CUE_CLASSES } from '../../lexicon/cue-classes';
import { fold } from '../../normalise/fold';
import { type Token, tokenise } from '../../normalise/tokenise';

interface Entry { words: string[]; cls: string; text: string }

/** First word → the entries that start with it, longest first. */
const BY_FIRST = (() => {
  const map = new Map<string, Entry[]>();
  for (const c of CUE_CLASSES) {
    for (const e of c.entries) {
      const words = tokenise(fold(e)).map((t) => t.text);
      if (words.length === 0) continue;
      const list = map.get(words[0]!) ?? [];
      list.push({ words, cls: c.id, text: e });
      map.set(words[0]!, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** Calls `found(class, sentence, token, entry)` for every cue in the tokens (skipped tokens never match). */
export function findCueClasses(tokens: Token[], skip: boolean[], found: (cls: string, sentence: number, token: number, entry: string) => void): void {
  for (let i = 0; i < tokens.length; i++) {
    if (skip[i]) continue;
    const entries = BY_FIRST.get(tokens[i]!.text);
    if (!entries) continue;
    const seen = new Set<string>();
    for (const e of entries) {
      if (seen.has(e.cls)) continue;
      let ok = true;
      for (let k = 1; k < e.words.length && ok; k++) {
        const t = tokens[i + k];
        ok = !!t && t.sentence === tokens[i]!.sentence && t.text === e.words[k];
      }
      if (ok) { seen.add(e.cls); found(e.cls, tokens[i]!.sentence, i, e.text); }
    }
  }
}

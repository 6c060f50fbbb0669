/** Finds the typed cues of lexicon/cue-classes.ts in one pass over a post's tokens. */
import { CUE_CLASSES } from '../../lexicon/cue-classes';
import { fold } from '../../normalise/fold';
import { type Token, tokenise } from '../../normalise/tokenise';
import { allAtOnce } from '../../steps';

interface Entry { words: string[]; cls: string; text: string }

/**
 * First word → the entries that start with it, longest first. Built on first use, not when the module is evaluated
 * (about 8 ms of folding and tokenising in the one task that evaluates the engine script): prepareCueFinder builds
 * it a class at a time for a caller that gives the thread back between steps (rules/check.ts prepareInSteps).
 */
let byFirst: Map<string, Entry[]> | null = null;

export function* prepareCueFinder(): Generator<void, Map<string, Entry[]>> {
  if (byFirst) return byFirst;
  const map = new Map<string, Entry[]>();
  for (const c of CUE_CLASSES) {
    for (const e of c.entries) {
      const words = tokenise(fold(e)).map((t) => t.text);
      if (words.length === 0) continue;
      const list = map.get(words[0]!) ?? [];
      list.push({ words, cls: c.id, text: e });
      map.set(words[0]!, list);
    }
    yield;
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return (byFirst ??= map);
}

const entriesByFirst = (): Map<string, Entry[]> => byFirst ?? allAtOnce(prepareCueFinder());

/** Calls `found(class, sentence, token, entry)` for every cue in the tokens (skipped tokens never match). */
export function findCueClasses(tokens: Token[], skip: boolean[], found: (cls: string, sentence: number, token: number, entry: string) => void): void {
  const byFirstWord = entriesByFirst();
  for (let i = 0; i < tokens.length; i++) {
    if (skip[i]) continue;
    const entries = byFirstWord.get(tokens[i]!.text);
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

/**
 * A light stem for the judgement models' word features: plurals and verb endings folded, so
 * what is learnt from "toddlers" and "inspected" holds for "toddler" and "inspecting" in posts
 * by authors the models never read. Deliberately shallow (no derivations: "inspection" stays),
 * cheap enough to run on every token of every check.
 */
const VOWEL = /[aeiouy]/;

export function lightStem(word: string): string {
  const n = word.length;
  if (n <= 3 || !/^[a-z']+$/.test(word)) return word;
  // The tokeniser has already set possessives aside: the 's left is a contraction's ("it's",
  // "that's"), and it is folded onto the bare word as the models were trained.
  if (word.endsWith("'s")) return lightStem(word.slice(0, -2));
  if (word.endsWith('ies') && n > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && n > 5 && VOWEL.test(word.slice(0, -3))) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && n > 4 && VOWEL.test(word.slice(0, -2))) return undouble(word.slice(0, -2));
  if (word.endsWith('s') && !/(?:ss|us|is|ous)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** "stopp" → "stop", "plann" → "plan"; "fall", "miss", "buzz" keep their pair. */
function undouble(stem: string): string {
  const n = stem.length;
  if (n > 2 && stem[n - 1] === stem[n - 2] && !/[lsz]/.test(stem[n - 1]!)) return stem.slice(0, -1);
  return stem;
}

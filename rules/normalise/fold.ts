/**
 * Folds text character by character into a comparable form, keeping a map from every output
 * UTF-16 unit back to the half-open range of the original it came from.
 *
 * Steps, in order, for each code point of the original:
 *   1. invisible characters (zero-width, soft hyphen, joiners, variation selectors) are dropped;
 *   2. Unicode NFKC (full-width letters, ligatures, circled digits become plain ones);
 *   3. canonical decomposition, then combining accents dropped (Ní → Ni);
 *   4. letters Unicode won't decompose (ß, æ, ø, ł) and typographic punctuation spelled plainly;
 *   5. look-alike letters from Cyrillic and Greek read as Latin.
 * Case is kept: camel-case splitting needs it. One input may become several outputs (ﬁ → fi).
 */
import { CONFUSABLES, SPECIAL_LETTERS } from './confusables';

export interface Folded {
  /** The folded text, case preserved. */
  text: string;
  /** Same text lower-cased unit for unit, so offsets agree with `text`. */
  lower: string;
  /** starts[i], ends[i]: the original range output unit i came from. */
  starts: Int32Array;
  ends: Int32Array;
  original: string;
}

const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F\uFEFF]/;
const MARK = /\p{M}/u;
const SPACE = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

function foldCodePoint(cp: string): string {
  if (INVISIBLE.test(cp)) return '';
  if (SPACE.test(cp)) return cp === '\n' || cp === '\r' ? '\n' : ' ';
  let out = '';
  for (const ch of cp.normalize('NFKC').normalize('NFD')) {
    if (MARK.test(ch)) continue;
    out += SPECIAL_LETTERS.get(ch) ?? CONFUSABLES.get(ch) ?? ch;
  }
  return out;
}

export function fold(original: string): Folded {
  const n = original.length;
  let starts = new Int32Array(n + 8);
  let ends = new Int32Array(n + 8);
  const parts: string[] = [];
  let len = 0;
  const push = (s: string, from: number, to: number) => {
    if (len + s.length > starts.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array((len + s.length) * 2); b.set(a); return b; };
      starts = grow(starts);
      ends = grow(ends);
    }
    for (let k = 0; k < s.length; k++) { starts[len + k] = from; ends[len + k] = to; }
    len += s.length;
    parts.push(s);
  };
  const plain = (c: number) => c >= 0x20 && c < 0x7f && c !== 0x60;
  for (let i = 0; i < n; ) {
    // Fast path: a run of printable ASCII folds to itself, each unit mapping to itself.
    if (plain(original.charCodeAt(i))) {
      let j = i + 1;
      while (j < n && plain(original.charCodeAt(j))) j++;
      if (len + (j - i) > starts.length) {
        const grow = (a: Int32Array) => { const b = new Int32Array((len + (j - i)) * 2); b.set(a); return b; };
        starts = grow(starts);
        ends = grow(ends);
      }
      for (let k = i; k < j; k++) { starts[len] = k; ends[len] = k + 1; len++; }
      parts.push(original.slice(i, j));
      i = j;
      continue;
    }
    const code = original.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const cp = original.slice(i, i + width);
    const folded = code < 0x20 ? (code === 0x0a || code === 0x0d ? '\n' : ' ') : foldCodePoint(cp);
    if (folded) push(folded, i, i + width);
    i += width;
  }
  const text = parts.join('');
  // Lower-cased unit by unit (a unit whose lower case is longer stays as it is); runs of ASCII at once.
  let lower = '';
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && text.charCodeAt(j) < 0x80) j++;
    if (j > i) { lower += text.slice(i, j).toLowerCase(); i = j; continue; }
    const l = text[i]!.toLowerCase();
    lower += l.length === 1 ? l : text[i]!;
    i++;
  }
  return { text, lower, starts: starts.subarray(0, len), ends: ends.subarray(0, len), original };
}

/** The original range covered by folded units [from, to). */
export function toOriginal(f: Folded, from: number, to: number): [number, number] {
  if (to <= from) { const at = from < f.starts.length ? f.starts[from]! : f.original.length; return [at, at]; }
  return [f.starts[from]!, f.ends[to - 1]!];
}

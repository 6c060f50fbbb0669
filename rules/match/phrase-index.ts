/**
 * Finds many phrases (names, aliases, handles, terms) in a token list at once, whole words
 * only, however the words were run together or split: "Little Acorns", "#LittleAcorns",
 * "#littleacorns", "l i t t l e a c o r n s" and "@little_acorns" all meet "little acorns".
 * Phrases of eight letters or more also meet a spelling one edit away, never in the first letter.
 */
import type { Token } from '../normalise/tokenise';
import { withinOneEdit } from './edit-distance';
import { stem, wordKey } from './keys';

export interface PhraseMatch<P> {
  payload: P;
  /** First and last token, inclusive. */
  first: number;
  last: number;
  fuzzy: boolean;
}

interface Entry<P> {
  payload: P;
  /** Word keys, unstemmed. */
  words: string[];
  /** Offsets in the joined key where one word ends and the next begins. */
  bounds: Set<number>;
  /** Key of the whole phrase run together, stemmed. */
  joined: string;
  /** Each word's key, stemmed. */
  stems: string[];
  fuzzy: boolean;
  /** The fuzzy search (PhraseIndex.visit) that last looked at this phrase: each looks once. */
  visit: number;
}

/**
 * The fuzzy phrases whose first word with some stem is word k of them, with each one's word
 * count, length run together and first letter beside it: most are ruled out on these alone.
 */
class Place<P> {
  readonly entries: Entry<P>[] = [];
  readonly words: number[] = [];
  readonly joined: number[] = [];
  readonly first: number[] = [];

  push(e: Entry<P>): void {
    this.entries.push(e);
    this.words.push(e.words.length);
    this.joined.push(e.joined.length);
    this.first.push(e.joined.charCodeAt(0));
  }
}

const FUZZY_MIN_LETTERS = 8;
// Inside an unsplit hashtag (#ilovelittleacorns) only phrases this long are looked for.
const HASHTAG_INNER_MIN = 6;

const tokenKey = (t: Token) => wordKey(t.key);
// Keys of tokens are already word keys, so a run of them only needs stemming.
const joinKey = (s: string) => stem(wordKey(s));
const runKey = stem;

export class PhraseIndex<P> {
  private readonly byJoined = new Map<string, Entry<P>[]>();
  private readonly byDeletion = new Map<string, Entry<P>[]>();
  /**
   * Fuzzy phrases of two words or more by a word's stem and where it first occurs in them:
   * byWord.get(stem)[k] holds the phrases whose first word with that stem is word k.
   */
  private readonly byWord = new Map<string, Place<P>[]>();
  /** Every prefix of every phrase run together: a run of tokens that is none stops early. */
  private readonly prefixes = new Set<string>();
  /** First letter and length of every fuzzy phrase run together: a word near none of them looks nothing up. */
  private readonly fuzzyShapes = new Set<number>();
  /** One bit per hash of a key of byDeletion (see DeletionFilter), rebuilt when phrases were added since. */
  private filter: DeletionFilter | null = null;
  /** Counts fuzzy searches (one per token of a post), so a phrase met twice from one token is judged once. */
  private visits = 0;
  private maxWords = 1;
  /** Longest phrase run together, plus two: no longer run of letters can spell or nearly spell one. */
  private maxJoined = 0;

  /** Adds a phrase given as tokens (tokenise it exactly as posts are tokenised). */
  add(words: Token[], payload: P, options: { fuzzy?: boolean } = {}): void {
    if (words.length === 0) return;
    const keys = words.map(tokenKey);
    const raw = keys.join('');
    const bounds = new Set<number>();
    let at = 0;
    for (const k of keys.slice(0, -1)) { at += k.length; bounds.add(at); }
    const letters = words.map((w) => w.key).join('').replace(/[^\p{L}]/gu, '').length;
    const entry: Entry<P> = { payload, words: keys, stems: keys.map(stem), bounds, joined: joinKey(raw), fuzzy: options.fuzzy !== false && letters >= FUZZY_MIN_LETTERS, visit: 0 };
    push(this.byJoined, entry.joined, entry);
    for (let k = 1; k < raw.length; k++) this.prefixes.add(raw.slice(0, k));
    this.maxWords = Math.max(this.maxWords, keys.length + 2);
    this.maxJoined = Math.max(this.maxJoined, raw.length + 2);
    if (!entry.fuzzy) return;
    for (const d of deletions(entry.joined)) push(this.byDeletion, d, entry);
    this.fuzzyShapes.add(shape(entry.joined.charCodeAt(0), entry.joined.length));
    if (keys.length < 2) return;
    for (const k of new Set(entry.stems)) {
      let byPlace = this.byWord.get(k);
      if (!byPlace) this.byWord.set(k, (byPlace = []));
      (byPlace[entry.stems.indexOf(k)] ??= new Place()).push(entry);
    }
  }

  find(tokens: Token[], skip: (i: number) => boolean = () => false): PhraseMatch<P>[] {
    const found: PhraseMatch<P>[] = [];
    const keys = tokens.map(tokenKey);
    const stems = keys.map(stem);
    // lengths[k]: the length of keys[0..k) run together.
    const lengths = new Int32Array(keys.length + 1);
    for (let k = 0; k < keys.length; k++) lengths[k + 1] = lengths[k]! + keys[k]!.length;
    // Each token's stem looked up once for the fuzzy phrases holding it.
    const places = stems.map((k) => this.byWord.get(k));
    for (let i = 0; i < tokens.length; i++) {
      if (skip(i)) continue;
      this.exactFrom(tokens, keys, i, skip, found);
      if (tokens[i]!.tag && !tokens[i]!.glued && !tokens[i + 1]?.glued) this.insideHashtag(keys[i]!, i, found);
      this.fuzzyFrom(tokens, keys, places, lengths, i, skip, found);
    }
    return found;
  }

  /** Runs of tokens whose keys, run together, spell a phrase with word breaks in the right places. */
  private exactFrom(tokens: Token[], keys: string[], i: number, skip: (i: number) => boolean, found: PhraseMatch<P>[]): void {
    let acc = '';
    const gaps: number[] = [];
    for (let j = i; j < tokens.length && j - i < this.maxWords; j++) {
      if (j > i && (skip(j) || tokens[j]!.sentence !== tokens[i]!.sentence)) break;
      if (j > i && !tokens[j]!.glued) gaps.push(acc.length);
      acc += keys[j];
      const entries = this.byJoined.get(runKey(acc));
      if (entries) {
        for (const e of entries) if (gaps.every((g) => e.bounds.has(g))) found.push({ payload: e.payload, first: i, last: j, fuzzy: false });
      }
      if (!this.prefixes.has(acc)) break;
    }
  }

  private insideHashtag(key: string, i: number, found: PhraseMatch<P>[]): void {
    if (key.length <= HASHTAG_INNER_MIN) return;
    for (let s = 0; s + HASHTAG_INNER_MIN <= key.length; s++) {
      // A slice longer than any phrase (stemming drops one letter at most) spells none: linear in the tag.
      for (let e = Math.min(key.length, s + this.maxJoined); e - s >= HASHTAG_INNER_MIN; e--) {
        if (s === 0 && e === key.length) continue;
        for (const entry of this.byJoined.get(runKey(key.slice(s, e))) ?? []) {
          // A lone word inside a hashtag (#summerholidays) is too ambiguous; a whole name is not.
          if (entry.joined.length >= FUZZY_MIN_LETTERS) found.push({ payload: entry.payload, first: i, last: i, fuzzy: false });
        }
      }
    }
  }

  /**
   * One edit away. A single token is looked up through its deletions; a run of tokens only
   * where one of its words is exactly a word of the phrase, which anchors the alignment.
   */
  private fuzzyFrom(tokens: Token[], keys: string[], places: (Place<P>[] | undefined)[], lengths: Int32Array, i: number, skip: (i: number) => boolean, found: PhraseMatch<P>[]): void {
    const one = runKey(keys[i]!);
    const visit = ++this.visits;
    // Every phrase its deletions could meet starts with its first letter and is as long or one longer;
    // a word more than a letter longer than every phrase is near none.
    const first = one.charCodeAt(0);
    if (one.length >= FUZZY_MIN_LETTERS - 1 && one.length <= this.maxJoined && (this.fuzzyShapes.has(shape(first, one.length)) || this.fuzzyShapes.has(shape(first, one.length + 1)))) {
      if (this.filter?.keys !== this.byDeletion.size || this.filter.maxLength !== this.maxJoined) this.filter = new DeletionFilter(this.byDeletion.keys(), this.byDeletion.size, this.maxJoined);
      const filter = this.filter;
      filter.read(one);
      // The word itself, then each deletion after its first letter, as deletions() lists them.
      for (let k = 0; k < one.length; k++) {
        if (!filter.mayHold(k)) continue;
        const entries = this.byDeletion.get(k === 0 ? one : one.slice(0, k) + one.slice(k + 1));
        if (!entries) continue;
        for (const e of entries) {
          if (e.visit === visit) continue;
          e.visit = visit;
          if (isNear(one, e.joined)) found.push({ payload: e.payload, first: i, last: i, fuzzy: true });
        }
      }
    }
    const runs: (string | null)[] = [];
    for (let j = i; j < tokens.length && j - i < this.maxWords - 2; j++) {
      if (skip(j) || tokens[j]!.sentence !== tokens[i]!.sentence) break;
      // The exactly-spelt word must sit at the same place in the run as in the phrase.
      const place = places[j]?.[j - i];
      if (!place) continue;
      const firstLetter = keys[i]!.length > 0 ? keys[i]!.charCodeAt(0) : -1;
      for (let x = 0; x < place.entries.length; x++) {
        // Near means the same first letter and a length at most one apart (the run's stem is as long or
        // one shorter). That depends on the phrase and where the run starts only, so it is asked first.
        const end = i + place.words[x]!;
        if (end > tokens.length) continue;
        const length = lengths[end]! - lengths[i]!;
        const joined = place.joined[x]!;
        if (length > joined + 2 || length < joined - 1 || (firstLetter >= 0 && firstLetter !== place.first[x])) continue;
        const e = place.entries[x]!;
        if (e.visit === visit) continue;
        e.visit = visit;
        // Every phrase of n words meets the same run of n tokens from i: built once.
        const n = e.words.length;
        const run = runs[n] !== undefined ? runs[n] : (runs[n] = runFrom(tokens, keys, i, n, skip, this.maxJoined));
        if (run && isNear(run, e.joined)) found.push({ payload: e.payload, first: i, last: i + e.words.length - 1, fuzzy: true });
      }
    }
  }
}

/**
 * A Bloom filter of one hash over the keys of byDeletion: a word's deletion whose bit is clear
 * is no key, so it is neither built nor looked up (most words of a post are near no phrase).
 * The hashes of a word's deletions come from its prefix and suffix hashes, without building them.
 */
class DeletionFilter {
  private readonly bits: Int32Array;
  private readonly shift: number;
  private readonly pow: Int32Array;
  private readonly prefix: Int32Array;
  private readonly suffix: Int32Array;
  private word = '';

  constructor(names: Iterable<string>, readonly keys: number, readonly maxLength: number) {
    let log = 10;
    while (1 << log < keys * 16 && log < 26) log++;
    this.bits = new Int32Array(1 << (log - 5));
    this.shift = 32 - log;
    this.pow = new Int32Array(maxLength + 2);
    this.pow[0] = 1;
    for (let i = 1; i < this.pow.length; i++) this.pow[i] = Math.imul(this.pow[i - 1]!, B);
    this.prefix = new Int32Array(maxLength + 2);
    this.suffix = new Int32Array(maxLength + 2);
    for (const k of names) {
      let h = 0;
      for (let i = 0; i < k.length; i++) h = (Math.imul(h, B) + k.charCodeAt(i)) | 0;
      const bit = this.bitOf(h);
      this.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  private bitOf(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> this.shift;
  }

  /** Reads a word (no longer than maxLength) for mayHold. */
  read(word: string): void {
    const n = word.length;
    this.word = word;
    this.prefix[0] = 0;
    for (let i = 0; i < n; i++) this.prefix[i + 1] = (Math.imul(this.prefix[i]!, B) + word.charCodeAt(i)) | 0;
    this.suffix[n] = 0;
    for (let i = n - 1; i >= 0; i--) this.suffix[i] = (Math.imul(word.charCodeAt(i), this.pow[n - 1 - i]!) + this.suffix[i + 1]!) | 0;
  }

  /** Could the word (k = 0) or the word without its letter k be a key? */
  mayHold(k: number): boolean {
    const n = this.word.length;
    const h = k === 0 ? this.prefix[n]! : (Math.imul(this.prefix[k]!, this.pow[n - 1 - k]!) + this.suffix[k + 1]!) | 0;
    const bit = this.bitOf(h);
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

const B = 0x01000193;

/** Keys of n tokens from i run together (stemmed), or null if they cross a sentence or a link or run longer than `max`. */
function runFrom(tokens: Token[], keys: string[], i: number, n: number, skip: (i: number) => boolean, max: number): string | null {
  let acc = '';
  for (let k = i; k < i + n; k++) {
    if (k >= tokens.length || skip(k) || tokens[k]!.sentence !== tokens[i]!.sentence) return null;
    acc += keys[k];
    if (acc.length > max) return null;
  }
  return runKey(acc);
}

/** A phrase's first letter and length as one number. */
function shape(first: number, length: number): number {
  return first * 4096 + Math.min(length, 4095);
}

function isNear(candidate: string, phrase: string): boolean {
  return candidate[0] === phrase[0] && Math.abs(candidate.length - phrase.length) <= 1 && candidate !== phrase && withinOneEdit(candidate, phrase);
}

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let k = 1; k < s.length; k++) out.push(s.slice(0, k) + s.slice(k + 1));
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Finds many phrases (names, aliases, handles, terms) in a token list at once, whole words
 * only, however the words were run together or split: "Little Acorns", "#LittleAcorns",
 * "#littleacorns", "l i t t l e a c o r n s" and "@little_acorns" all meet "little acorns".
 * Phrases of eight letters or more also meet a spelling one edit away, never in the first letter.
 *
 * The index is held as flat tables (issue 13): one string of every phrase's keys run together and
 * typed arrays of numbers, with hash tables of 32-bit hashes over them. A pack's tables are made once
 * (`toTables`), stored, and loaded in another tab (`fromTables`) with integer work only: no string of a
 * phrase is cut, no Map or Set of them is built, and the heap holds a few arrays instead of objects per phrase.
 */
import type { Token } from '../normalise/tokenise';
import { withinOneEdit } from './edit-distance';
import { stem, stemmedLength, wordKey } from './keys';

export interface PhraseMatch<P> {
  payload: P;
  /** First and last token, inclusive. */
  first: number;
  last: number;
  fuzzy: boolean;
}

/**
 * What an index is made of, all of it plain data: `pool` holds each phrase's word keys run together (its
 * "raw" key); `entries` four numbers per phrase: where its raw key starts in the pool, its length, its word
 * count and whether it is fuzzy; `bounds` for each phrase in turn, where one word ends and the next begins
 * (word count - 1 offsets into its raw key). Everything else is derived from these when loaded.
 */
export interface PhraseTables {
  pool: string;
  entries: Int32Array;
  bounds: Int32Array;
}

const STRIDE = 4;
/** Phrases indexed per step when tables load in steps. */
const ENTRIES_PER_STEP = 512;
const FUZZY_MIN_LETTERS = 8;
// Inside an unsplit hashtag (#ilovelittleacorns) only phrases this long are looked for.
const HASHTAG_INNER_MIN = 6;

const tokenKey = (t: Token) => wordKey(t.key);
// Keys of tokens are already word keys, so a run of them only needs stemming.
const runKey = stem;

/** Polynomial hashes mod 2^32 by UTF-16 code unit: a text less one letter hashes from its two sides' hashes. */
const BASE = 0x01000193;

function hashRange(s: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, BASE) + s.charCodeAt(k)) | 0;
  return h;
}

/** BASE ** k, for the lengths a table holds. */
function powers(max: number): Int32Array {
  const p = new Int32Array(max + 1);
  p[0] = 1;
  for (let k = 1; k <= max; k++) p[k] = Math.imul(p[k - 1]!, BASE);
  return p;
}

/**
 * Hashes of s[from, from + n) less one code unit, for each position 1..n-1, into out[1..n-1]: from the hashes of
 * what comes before the gap and what comes after it, so all of them cost O(n), not O(n²).
 */
function deletionHashes(s: string, from: number, n: number, pow: Int32Array, pre: Int32Array, suf: Int32Array, out: Int32Array): void {
  pre[0] = 0;
  for (let k = 0; k < n; k++) pre[k + 1] = (Math.imul(pre[k]!, BASE) + s.charCodeAt(from + k)) | 0;
  suf[n] = 0;
  for (let k = n - 1; k >= 0; k--) suf[k] = (Math.imul(s.charCodeAt(from + k), pow[n - 1 - k]!) + suf[k + 1]!) | 0;
  for (let k = 1; k < n; k++) out[k] = (Math.imul(pre[k]!, pow[n - 1 - k]!) + suf[k + 1]!) | 0;
}

/**
 * Keys that are stretches of the pool, each less at most one code unit (`gap`, a pool index, or -1), in an
 * open-addressing table by hash: looking one up compares the text in place, so no key is ever a string of its own.
 */
class RangeKeys {
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  readonly off: Int32Array;
  /** The key's length (less its gap). */
  readonly len: Int32Array;
  private readonly gap: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  count = 0;

  constructor(private readonly pool: string, capacity: number) {
    let bits = 3;
    while (1 << bits < capacity * 2) bits++;
    this.slots = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.hashes = new Int32Array(capacity);
    this.off = new Int32Array(capacity);
    this.len = new Int32Array(capacity);
    this.gap = new Int32Array(capacity);
  }

  /** The key for pool[off, off + span) less pool index gap (or -1), added if new. */
  intern(h: number, off: number, span: number, gap: number): number {
    const length = gap < 0 ? span : span - 1;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (; ; i = (i + 1) & this.mask) {
      const k = this.slots[i]! - 1;
      if (k < 0) break;
      if (this.hashes[k] === h && this.len[k] === length && this.same(k, this.pool, off, span, gap)) {
        return k;
      }
    }
    const key = this.count++;
    this.hashes[key] = h;
    this.off[key] = off;
    this.len[key] = length;
    this.gap[key] = gap;
    this.slots[i] = key + 1;
    return key;
  }

  /** The key spelling s[from, from + span) less index gap of s (or -1), or -1. */
  lookup(h: number, s: string, from: number, span: number, gap: number): number {
    const length = gap < 0 ? span : span - 1;
    for (let i = Math.imul(h, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & this.mask) {
      const k = this.slots[i]! - 1;
      if (k < 0) return -1;
      if (this.hashes[k] === h && this.len[k] === length && this.same(k, s, from, span, gap)) return k;
    }
  }

  /** Does key k spell s[from, from + span) less index gap (or -1)? Lengths already agree. */
  private same(k: number, s: string, from: number, span: number, gap: number): boolean {
    const pool = this.pool;
    let a = this.off[k]!;
    const aGap = this.gap[k]!;
    const end = from + span;
    if (aGap < 0 && gap < 0) {
      for (let b = from; b < end; b++, a++) if (pool.charCodeAt(a) !== s.charCodeAt(b)) return false;
      return true;
    }
    for (let b = from; b < end; b++) {
      if (b === gap) continue;
      if (a === aGap) a++;
      if (pool.charCodeAt(a) !== s.charCodeAt(b)) return false;
      a++;
    }
    return true;
  }
}

/** Lists of numbers per key, in the order they were added: CSR once built. */
class Lists {
  readonly start: Int32Array;
  readonly items: Int32Array;

  constructor(keyOf: Int32Array, values: Int32Array, keys: number) {
    this.start = new Int32Array(keys + 1);
    const start = this.start;
    for (let k = 0; k < keyOf.length; k++) start[keyOf[k]! + 1] = start[keyOf[k]! + 1]! + 1;
    for (let k = 0; k < keys; k++) start[k + 1] = start[k + 1]! + start[k]!;
    const at = start.slice(0, keys);
    this.items = new Int32Array(keyOf.length);
    for (let k = 0; k < keyOf.length; k++) this.items[at[keyOf[k]!]!] = values[k]!, at[keyOf[k]!] = at[keyOf[k]!]! + 1;
  }
}

/** Adding phrases; `find` freezes what was added into tables on first use. */
export class PhraseIndex<P> {
  private raws: string[] = [];
  private rawAt = new Map<string, number>();
  private poolLength = 0;
  private entries: number[] = [];
  private bounds: number[] = [];
  private payloads: P[] = [];
  private frozen: FrozenPhraseIndex<P> | null = null;

  /** Adds a phrase given as tokens (tokenise it exactly as posts are tokenised). */
  add(words: Token[], payload: P, options: { fuzzy?: boolean } = {}): void {
    if (words.length === 0) return;
    if (this.frozen) throw new Error('PhraseIndex: add after find');
    const keys = words.map(tokenKey);
    const raw = keys.join('');
    let off = this.rawAt.get(raw);
    if (off === undefined) {
      off = this.poolLength;
      this.rawAt.set(raw, off);
      this.raws.push(raw);
      this.poolLength += raw.length;
    }
    const letters = words.map((w) => w.key).join('').replace(/[^\p{L}]/gu, '').length;
    const fuzzy = options.fuzzy !== false && letters >= FUZZY_MIN_LETTERS;
    this.entries.push(off, raw.length, keys.length, fuzzy ? 1 : 0);
    let at = 0;
    for (const k of keys.slice(0, -1)) this.bounds.push((at += k.length));
    this.payloads.push(payload);
  }

  /** Payloads in the order their phrases were added: entry k's is payloads()[k]. */
  addedPayloads(): readonly P[] {
    return this.payloads;
  }

  toTables(): PhraseTables {
    return { pool: this.raws.join(''), entries: Int32Array.from(this.entries), bounds: Int32Array.from(this.bounds) };
  }

  find(tokens: Token[], skip?: (i: number) => boolean): PhraseMatch<P>[] {
    const payloads = this.payloads;
    this.frozen ??= FrozenPhraseIndex.fromTables(this.toTables(), (k) => payloads[k]!);
    return this.frozen.find(tokens, skip);
  }
}

export class FrozenPhraseIndex<P> {
  private n!: number;
  private rawOff!: Int32Array;
  private rawLen!: Int32Array;
  private joinedLen!: Int32Array;
  private wordCount!: Int32Array;
  private boundsStart!: Int32Array;
  private bounds!: Int32Array;
  private joinedStrings!: (string | undefined)[];
  private payloadCache!: (P | undefined)[];
  /** The fuzzy search (one per token of a post) that last looked at each phrase: each looks once. */
  private visited!: Int32Array;
  private visits = 0;
  /** Phrases by their key run together, stemmed. */
  private joined!: RangeKeys;
  private joinedEntries!: Lists;
  /** Every proper prefix of every phrase's raw key: a run of tokens that is none stops early. */
  private prefixes!: RangeKeys;
  /** Fuzzy phrases by each one-letter deletion of their joined key (never the first letter). */
  private deletions!: RangeKeys;
  private deletionEntries!: Lists;
  /** Fuzzy phrases of two words or more by a word's stem: per stem, pairs (place of its first occurrence, phrase) ordered by place. */
  private words!: RangeKeys;
  private wordPlaces!: Lists;
  private wordItems!: Lists;
  /** First letter and length of every fuzzy phrase run together: a word near none of them looks nothing up. */
  private readonly fuzzyShapes = new Set<number>();
  private maxWords!: number;
  /** Longest phrase run together, plus two: no longer run of letters can spell or nearly spell one. */
  private maxJoined!: number;
  private pow!: Int32Array;
  // Scratch space for one word's deletion hashes.
  private pre!: Int32Array;
  private suf!: Int32Array;
  private dels!: Int32Array;

  private constructor(
    private readonly pool: string,
    private readonly entries: Int32Array,
    bounds: Int32Array,
    private readonly payloadOf: (entry: number) => P,
  ) {
    this.bounds = bounds;
  }

  /**
   * The lookup tables from the stored ones, a few hundred phrases a step (issue 13: a 2,000-child pack's tables are
   * tens of ms to index on a busy machine, too long for one task of a page's thread).
   */
  private *build(): Generator<void> {
    const { pool, entries, bounds } = this;
    const n = (this.n = entries.length / STRIDE);
    if (!Number.isInteger(n)) throw new Error('phrase tables: entries are not whole rows');
    this.rawOff = new Int32Array(n);
    this.rawLen = new Int32Array(n);
    this.joinedLen = new Int32Array(n);
    this.wordCount = new Int32Array(n);
    this.boundsStart = new Int32Array(n + 1);
    this.joinedStrings = new Array(n);
    this.payloadCache = new Array(n);
    this.visited = new Int32Array(n);
    let maxWords = 1;
    let maxJoined = 0;
    let prefixCount = 0;
    let deletionCount = 0;
    let wordCount = 0;
    for (let e = 0; e < n; e++) {
      if (e % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
      const off = entries[e * STRIDE]!;
      const len = entries[e * STRIDE + 1]!;
      const words = entries[e * STRIDE + 2]!;
      const fuzzy = entries[e * STRIDE + 3]!;
      if (off < 0 || len < 1 || off + len > pool.length || words < 1 || words > len || (fuzzy !== 0 && fuzzy !== 1)) throw new Error(`phrase tables: entry ${e} is out of range`);
      this.rawOff[e] = off;
      this.rawLen[e] = len;
      this.wordCount[e] = words;
      this.joinedLen[e] = stemmedLength(pool, off, off + len);
      this.boundsStart[e + 1] = this.boundsStart[e]! + words - 1;
      maxWords = Math.max(maxWords, words + 2);
      maxJoined = Math.max(maxJoined, len + 2);
      prefixCount += len - 1;
      if (fuzzy) {
        deletionCount += this.joinedLen[e]! - 1;
        if (words > 1) wordCount += words;
      }
    }
    if (this.boundsStart[n] !== bounds.length) throw new Error('phrase tables: word bounds do not match the entries');
    yield;
    for (let e = 0; e < n; e++) {
      let last = 0;
      for (let b = this.boundsStart[e]!; b < this.boundsStart[e + 1]!; b++) {
        if (bounds[b]! <= last || bounds[b]! >= this.rawLen[e]!) throw new Error(`phrase tables: word bounds of entry ${e} are out of order`);
        last = bounds[b]!;
      }
    }
    this.maxWords = maxWords;
    this.maxJoined = maxJoined;
    this.pow = powers(maxJoined + 1);
    this.pre = new Int32Array(maxJoined + 2);
    this.suf = new Int32Array(maxJoined + 2);
    this.dels = new Int32Array(maxJoined + 2);

    // Phrases by their joined key, and the proper prefixes of their raw keys, hashed as they grow.
    this.joined = new RangeKeys(pool, n);
    this.prefixes = new RangeKeys(pool, prefixCount);
    const joinedKeyOf = new Int32Array(n);
    for (let e = 0; e < n; e++) {
      if (e % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
      const off = this.rawOff[e]!;
      const joinedLen = this.joinedLen[e]!;
      let h = 0;
      for (let k = 1; k <= this.rawLen[e]!; k++) {
        h = (Math.imul(h, BASE) + pool.charCodeAt(off + k - 1)) | 0;
        if (k === joinedLen) joinedKeyOf[e] = this.joined.intern(h, off, k, -1);
        if (k < this.rawLen[e]!) this.prefixes.intern(h, off, k, -1);
      }
    }
    this.joinedEntries = new Lists(joinedKeyOf, Int32Array.from({ length: n }, (_, e) => e), this.joined.count);

    // One-letter deletions of fuzzy phrases' joined keys (the same phrase once per deletion text), and the stems of
    // the words of fuzzy phrases of two words or more.
    this.deletions = new RangeKeys(pool, deletionCount);
    this.words = new RangeKeys(pool, wordCount);
    const delKeys: number[] = [];
    const delValues: number[] = [];
    const wordKeys: number[] = [];
    const wordPlaces: number[] = [];
    const wordValues: number[] = [];
    yield;
    for (let e = 0; e < n; e++) {
      if (e % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
      if (entries[e * STRIDE + 3] !== 1) continue;
      const off = this.rawOff[e]!;
      const len = this.joinedLen[e]!;
      this.fuzzyShapes.add(shape(pool.charCodeAt(off), len));
      deletionHashes(pool, off, len, this.pow, this.pre, this.suf, this.dels);
      for (let k = 1; k < len; k++) {
        const key = this.deletions.intern(this.dels[k]!, off, len, off + k);
        // The same text twice from one phrase ("aab" less either a) lists it once: a check would skip it the second time.
        if (delKeys[delKeys.length - 1] === key && delValues[delValues.length - 1] === e) continue;
        delKeys.push(key);
        delValues.push(e);
      }
      const words = this.wordCount[e]!;
      if (words < 2) continue;
      const firstKey = wordKeys.length;
      for (let w = 0; w < words; w++) {
        const from = off + (w === 0 ? 0 : bounds[this.boundsStart[e]! + w - 1]!);
        const to = off + (w === words - 1 ? this.rawLen[e]! : bounds[this.boundsStart[e]! + w]!);
        const slen = stemmedLength(pool, from, to);
        const key = this.words.intern(hashRange(pool, from, from + slen), from, slen, -1);
        // A stem twice in one phrase counts at its first place only.
        if (wordKeys.indexOf(key, firstKey) >= 0) continue;
        wordKeys.push(key);
        wordPlaces.push(w);
        wordValues.push(e);
      }
    }
    yield;
    this.deletionEntries = new Lists(Int32Array.from(delKeys), Int32Array.from(delValues), this.deletions.count);
    // Per stem, its pairs ordered by place (stable, so each place keeps the order phrases were added in).
    const order = Array.from(wordKeys.keys()).sort((a, b) => wordKeys[a]! - wordKeys[b]! || wordPlaces[a]! - wordPlaces[b]! || a - b);
    const sortedKeys = Int32Array.from(order, (k) => wordKeys[k]!);
    this.wordPlaces = new Lists(sortedKeys, Int32Array.from(order, (k) => wordPlaces[k]!), this.words.count);
    this.wordItems = new Lists(sortedKeys, Int32Array.from(order, (k) => wordValues[k]!), this.words.count);
  }

  static fromTables<P>(tables: PhraseTables, payloadOf: (entry: number) => P): FrozenPhraseIndex<P> {
    const index = new FrozenPhraseIndex(tables.pool, tables.entries, tables.bounds, payloadOf);
    for (const _ of index.build());
    return index;
  }

  /** fromTables in short steps, with a yield between them. */
  static *fromTablesInSteps<P>(tables: PhraseTables, payloadOf: (entry: number) => P): Generator<void, FrozenPhraseIndex<P>> {
    const index = new FrozenPhraseIndex(tables.pool, tables.entries, tables.bounds, payloadOf);
    yield* index.build();
    return index;
  }

  /** Phrases in the index. */
  get size(): number {
    return this.n;
  }

  private payload(e: number): P {
    let p = this.payloadCache[e];
    if (p === undefined) this.payloadCache[e] = p = this.payloadOf(e);
    return p;
  }

  private joinedOf(e: number): string {
    return (this.joinedStrings[e] ??= this.pool.slice(this.rawOff[e]!, this.rawOff[e]! + this.joinedLen[e]!));
  }

  /** Does every gap fall on one of entry e's word bounds? */
  private boundsHold(e: number, gaps: number[]): boolean {
    const from = this.boundsStart[e]!;
    const to = this.boundsStart[e + 1]!;
    for (const g of gaps) {
      let found = false;
      for (let b = from; b < to; b++) if (this.bounds[b] === g) { found = true; break; }
      if (!found) return false;
    }
    return true;
  }

  find(tokens: Token[], skip: (i: number) => boolean = () => false): PhraseMatch<P>[] {
    const found: PhraseMatch<P>[] = [];
    if (this.n === 0) return found;
    const keys = tokens.map(tokenKey);
    // lengths[k]: the length of keys[0..k) run together.
    const lengths = new Int32Array(keys.length + 1);
    for (let k = 0; k < keys.length; k++) lengths[k + 1] = lengths[k]! + keys[k]!.length;
    // Each token's stem looked up once for the fuzzy phrases holding it.
    const places = new Int32Array(keys.length);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const slen = stemmedLength(key, 0, key.length);
      places[k] = this.words.count === 0 ? -1 : this.words.lookup(hashRange(key, 0, slen), key, 0, slen, -1);
    }
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
    let h = 0;
    let hStem = 0;
    const gaps: number[] = [];
    for (let j = i; j < tokens.length && j - i < this.maxWords; j++) {
      if (j > i && (skip(j) || tokens[j]!.sentence !== tokens[i]!.sentence)) break;
      if (j > i && !tokens[j]!.glued) gaps.push(acc.length);
      const before = acc.length;
      acc += keys[j];
      // The run's hash grows with it; its stem is the run or the run less its last letter.
      const slen = stemmedLength(acc, 0, acc.length);
      for (let k = before; k < acc.length; k++) {
        if (k === slen) hStem = h;
        h = (Math.imul(h, BASE) + acc.charCodeAt(k)) | 0;
      }
      if (slen === acc.length) hStem = h;
      const key = this.joined.lookup(hStem, acc, 0, slen, -1);
      if (key >= 0) {
        const { start, items } = this.joinedEntries;
        for (let x = start[key]!; x < start[key + 1]!; x++) {
          const e = items[x]!;
          if (this.boundsHold(e, gaps)) found.push({ payload: this.payload(e), first: i, last: j, fuzzy: false });
        }
      }
      if (this.prefixes.lookup(h, acc, 0, acc.length, -1) < 0) break;
    }
  }

  private insideHashtag(key: string, i: number, found: PhraseMatch<P>[]): void {
    if (key.length <= HASHTAG_INNER_MIN) return;
    for (let s = 0; s + HASHTAG_INNER_MIN <= key.length; s++) {
      // A slice longer than any phrase (stemming drops one letter at most) spells none: linear in the tag.
      for (let e = Math.min(key.length, s + this.maxJoined); e - s >= HASHTAG_INNER_MIN; e--) {
        if (s === 0 && e === key.length) continue;
        const slen = stemmedLength(key, s, e);
        const k = this.joined.lookup(hashRange(key, s, s + slen), key, s, slen, -1);
        if (k < 0) continue;
        const { start, items } = this.joinedEntries;
        for (let x = start[k]!; x < start[k + 1]!; x++) {
          const entry = items[x]!;
          // A lone word inside a hashtag (#summerholidays) is too ambiguous; a whole name is not.
          if (this.joinedLen[entry]! >= FUZZY_MIN_LETTERS) found.push({ payload: this.payload(entry), first: i, last: i, fuzzy: false });
        }
      }
    }
  }

  /**
   * One edit away. A single token is looked up through its deletions; a run of tokens only
   * where one of its words is exactly a word of the phrase, which anchors the alignment.
   */
  private fuzzyFrom(tokens: Token[], keys: string[], places: Int32Array, lengths: Int32Array, i: number, skip: (i: number) => boolean, found: PhraseMatch<P>[]): void {
    const one = runKey(keys[i]!);
    const visited = this.visited;
    // Numbered within an int32; after 2^31 searches the marks start afresh.
    this.visits = (this.visits + 1) | 0;
    if (this.visits <= 0) {
      visited.fill(0);
      this.visits = 1;
    }
    const visit = this.visits;
    // Every phrase its deletions could meet starts with its first letter and is as long or one longer;
    // a word more than a letter longer than every phrase is near none.
    const first = one.charCodeAt(0);
    if (one.length >= FUZZY_MIN_LETTERS - 1 && one.length <= this.maxJoined && (this.fuzzyShapes.has(shape(first, one.length)) || this.fuzzyShapes.has(shape(first, one.length + 1)))) {
      // The word itself, then the word less each letter but the first.
      deletionHashes(one, 0, one.length, this.pow, this.pre, this.suf, this.dels);
      for (let gap = -1; gap < one.length; gap++) {
        if (gap === 0) continue;
        const d = this.deletions.lookup(gap < 0 ? this.pre[one.length]! : this.dels[gap]!, one, 0, one.length, gap);
        if (d < 0) continue;
        const { start, items } = this.deletionEntries;
        for (let x = start[d]!; x < start[d + 1]!; x++) {
          const e = items[x]!;
          if (visited[e] === visit) continue;
          visited[e] = visit;
          if (isNear(one, this.joinedOf(e))) found.push({ payload: this.payload(e), first: i, last: i, fuzzy: true });
        }
      }
    }
    const runs: (string | null)[] = [];
    const firstLetter = keys[i]!.length > 0 ? keys[i]!.charCodeAt(0) : -1;
    for (let j = i; j < tokens.length && j - i < this.maxWords - 2; j++) {
      if (skip(j) || tokens[j]!.sentence !== tokens[i]!.sentence) break;
      // The exactly-spelt word must sit at the same place in the run as in the phrase.
      const key = places[j]!;
      if (key < 0) continue;
      const place = j - i;
      const { start, items: placeOf } = this.wordPlaces;
      const items = this.wordItems.items;
      for (let x = start[key]!; x < start[key + 1]! && placeOf[x]! <= place; x++) {
        if (placeOf[x] !== place) continue;
        const e = items[x]!;
        // Near means the same first letter and a length at most one apart (the run's stem is as long or
        // one shorter). That depends on the phrase and where the run starts only, so it is asked first.
        const words = this.wordCount[e]!;
        const end = i + words;
        if (end > tokens.length) continue;
        const length = lengths[end]! - lengths[i]!;
        const joinedLen = this.joinedLen[e]!;
        if (length > joinedLen + 2 || length < joinedLen - 1 || (firstLetter >= 0 && firstLetter !== this.pool.charCodeAt(this.rawOff[e]!))) continue;
        if (visited[e] === visit) continue;
        visited[e] = visit;
        // Every phrase of n words meets the same run of n tokens from i: built once.
        const run = runs[words] !== undefined ? runs[words] : (runs[words] = runFrom(tokens, keys, i, words, skip, this.maxJoined));
        if (run && isNear(run, this.joinedOf(e))) found.push({ payload: this.payload(e), first: i, last: i + words - 1, fuzzy: true });
      }
    }
  }
}

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

/**
 * Runs a built-in word pattern (lexicon/pattern.ts `words()`) over the word stream only where
 * it can match. Each pattern is read once for the first three characters any match can start
 * with; a check then tries it, anchored, only at word starts whose first three characters are
 * among them, instead of letting the regex engine try its hundreds of alternatives at every
 * word. A stream's word starts are looked up once for every pattern (by their first three
 * characters, and their first one and two for a pattern with a whole match that short), so a
 * pattern with no start to try costs nothing more. The matches are exactly those of
 * `text.matchAll(re)`: a match can only start at a word
 * start the gate lets through, and matching from a given start does not depend on where the
 * search began. A pattern the reader does not understand runs as before.
 */
import type { WordStream } from '../normalise/stream';

interface Gate {
  /** The pattern anchored (sticky), to try at one position. */
  sticky: RegExp;
  /** Its place in `byId`, and in each stream's lists of word starts to try. */
  id: number;
}

/** Word starts of a stream, and for each gate the ones it tries. */
interface Starts {
  at: number[];
  /** Word starts (indices into `at`) with no key: every gated pattern tries them. */
  unkeyed: number[];
  /** Gate id → the keyed word starts it tries, ascending (none: no entry), for the `gates` made before the stream was read. */
  tries: (number[] | undefined)[];
  gates: number;
}

const gates = new WeakMap<RegExp, Gate | null>();
const starts = new WeakMap<WordStream, Starts>();
/**
 * Every gate by the keys it lets through: a K-character key → the gates whose matches can
 * start with it, and a shorter whole match (1 or 2 characters, as a key of its own length) →
 * the gates it is a whole match of. A stream then looks each word start up once for all gates.
 */
const byKey = new Map<number, number[]>();
const byShort = [new Map<number, number[]>(), new Map<number, number[]>(), new Map<number, number[]>()];
let gateCount = 0;

/** L ASCII characters as one small integer; -1 for anything else. */
function key(text: string, p: number, length = K): number {
  if (p + length > text.length) return -1;
  let k = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(p + i);
    if (c >= 128) return -1;
    k = (k << 7) | c;
  }
  return k;
}

/**
 * [index, length, index, length, …] of every match of a global pattern in the stream, as
 * matchAll finds them.
 */
export function streamMatches(stream: WordStream, re: RegExp): number[] {
  let gate = gates.get(re);
  if (gate === undefined) gates.set(re, (gate = makeGate(re)));
  const text = stream.text;
  const out: number[] = [];
  if (!gate) {
    for (const m of text.matchAll(re)) out.push(m.index, m[0].length);
    return out;
  }
  const s = wordStarts(stream);
  const { at, unkeyed } = s;
  // The word starts to try, in order: those whose key the pattern can start with, and every unkeyed one
  // (a start that is not plain ASCII is always tried: the gate only ever lets more through).
  const keyed = gate.id < s.gates ? s.tries[gate.id] ?? NONE : triesOf(gate.id, stream, s);
  const tries = unkeyed.length === 0 ? keyed : merge(keyed, unkeyed);
  const { sticky } = gate;
  let from = 0;
  for (let t = 0; t < tries.length; t++) {
    const p = at[tries[t]!]!;
    if (p < from) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m) continue;
    const length = m[0].length;
    out.push(p, length);
    from = length > 0 ? p + length : p + 1;
  }
  return out;
}

/** Offsets at the start of the stream or after a space: the only places `words()` patterns start. */
function wordStarts(stream: WordStream): Starts {
  let s = starts.get(stream);
  if (!s) {
    const text = stream.text;
    const at: number[] = text.length > 0 ? [0] : [];
    for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) if (i + 1 < text.length) at.push(i + 1);
    const unkeyed: number[] = [];
    const tries: (number[] | undefined)[] = [];
    const push = (ids: number[] | undefined, k: number) => {
      if (!ids) return;
      for (const id of ids) {
        const l = (tries[id] ??= []);
        if (l[l.length - 1] !== k) l.push(k);
      }
    };
    for (let k = 0; k < at.length; k++) {
      const kp = key(text, at[k]!);
      if (kp < 0) { unkeyed.push(k); continue; }
      push(byKey.get(kp), k);
      // A keyed start's first one and two characters are ASCII too: their keys are the key's top bits.
      push(byShort[1]!.get(kp >> (7 * (K - 1))), k);
      push(byShort[2]!.get(kp >> (7 * (K - 2))), k);
    }
    s = { at, unkeyed, tries, gates: gateCount };
    starts.set(stream, s);
  }
  return s;
}

const NONE: number[] = [];

/** The keyed word starts a gate made after the stream was read tries. */
function triesOf(id: number, stream: WordStream, s: Starts): number[] {
  const has = (map: Map<number, number[]>, kp: number) => map.get(kp)?.includes(id) ?? false;
  const out: number[] = [];
  for (let k = 0; k < s.at.length; k++) {
    const kp = key(stream.text, s.at[k]!);
    if (kp >= 0 && (has(byKey, kp) || has(byShort[1]!, kp >> (7 * (K - 1))) || has(byShort[2]!, kp >> (7 * (K - 2))))) out.push(k);
  }
  return out;
}

/** Two ascending lists with nothing in common, as one. */
function merge(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

/**
 * For patterns that match a whole token (^…$, no flags): could a token match one of them, by
 * its first three characters (or the whole token, when shorter)? Null when a pattern is not
 * understood. A token with a character past ASCII in its first three is always let through.
 */
export function wholeTokenGate(patterns: RegExp[]): ((token: string) => boolean) | null {
  const full = new Set<number>();
  const short = new Set<string>();
  for (const re of patterns) {
    if (re.flags !== '' || !re.source.startsWith('^') || !re.source.endsWith('$')) return null;
    const prefixes = firstChars(re.source);
    if (!prefixes) return null;
    for (const p of prefixes) {
      if (p.length === 0) return null;
      if (p.length < K) short.add(p);
      else if (key(p, 0) >= 0) full.add(key(p, 0));
    }
  }
  return (token) => {
    if (token.length < K) return short.has(token);
    const kp = key(token, 0);
    return kp < 0 || full.has(kp);
  };
}

const WORDS_START = '(?<=^| )';

/**
 * Makes the gates of these patterns now, one per step, and has the regex engine compile each (it compiles a pattern
 * when it first runs it, and again to machine code when it runs it a second time): the first check would otherwise do
 * all of that in one task (issue 13).
 */
export function* prepareGates(patterns: readonly RegExp[]): Generator<void> {
  for (const re of patterns) {
    if (gates.has(re)) continue;
    const gate = makeGate(re);
    gates.set(re, gate);
    const run = gate ? gate.sticky : new RegExp(re.source, re.flags);
    for (let i = 0; i < 2; i++) {
      run.lastIndex = 0;
      run.exec(WARM_TEXT);
    }
    run.lastIndex = 0;
    yield;
  }
}
/** A short plain-ASCII stream: the engine compiles a pattern for one-byte text once, whatever the text. */
const WARM_TEXT = 'a b';

function makeGate(re: RegExp): Gate | null {
  // Only the plain global patterns `words()` makes: other flags change what a character matches.
  if (re.flags !== 'g' || !re.source.startsWith(WORDS_START)) return null;
  const prefixes = firstChars(re.source);
  if (!prefixes) return null;
  for (const p of prefixes) if (p.length === 0) return null; // could match nothing: no gate
  const id = gateCount++;
  const enter = (map: Map<number, number[]>, kp: number) => {
    const ids = map.get(kp);
    if (!ids) map.set(kp, [id]);
    else if (ids[ids.length - 1] !== id) ids.push(id);
  };
  for (const p of prefixes) {
    // A start with a character past ASCII is always tried, so such a prefix needs no key.
    const kp = key(p, 0, p.length);
    if (kp >= 0) enter(p.length < K ? byShort[p.length]! : byKey, kp);
  }
  return { sticky: new RegExp(re.source, 'y'), id };
}

// ---- Reading a pattern for its first characters ----------------------------------------------

const K = 3;
const MAX_SET = 20_000;

/** Strings of at most K characters: a K-long one is a possible start, a shorter one a whole match. */
type Prefixes = Set<string>;
class Unknown extends Error {}

type Node =
  | { t: 'chars'; chars: Set<string> }
  /** Matches characters this reader does not list (a negated class, \w, \s, \p{…}): fine past the first K. */
  | { t: 'wild' }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; items: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number };

const EMPTY_NODE: Node = { t: 'seq', items: [] };

/** Every way a match of `source` can start (its first K characters), or null when not understood. */
export function firstChars(source: string): Prefixes | null {
  try {
    const parser = new Parser(source);
    const tree = parser.alternation();
    if (parser.i !== source.length) return null;
    return prefixes(tree, K);
  } catch (e) {
    if (e instanceof Unknown) return null;
    throw e;
  }
}

const EMPTY: Prefixes = new Set(['']);

/**
 * Each string of `a` followed by `b`'s, cut to `need` characters. `b` is asked only for as many characters as a
 * string of `a` still lacks: a pattern like `[a-z]+` read for three characters is 17,576 strings, for one 26.
 */
function concat(a: Prefixes, b: (need: number) => Prefixes, need: number): Prefixes {
  let full = true;
  for (const x of a) if (x.length < need) { full = false; break; }
  if (full) return a;
  const after = new Map<number, Prefixes>();
  const out: Prefixes = new Set();
  for (const x of a) {
    if (x.length >= need) { out.add(x); continue; }
    const rest = need - x.length;
    let ys = after.get(rest);
    if (!ys) after.set(rest, (ys = b(rest)));
    for (const y of ys) out.add(x + y);
    if (out.size > MAX_SET) throw new Unknown();
  }
  return out;
}

/**
 * The first `need` characters of the matches of a node (a shorter string is a whole match); what comes after them
 * is never read.
 */
function prefixes(node: Node, need: number): Prefixes {
  switch (node.t) {
    case 'chars': return node.chars;
    case 'wild': throw new Unknown();
    case 'seq': {
      let acc = EMPTY;
      for (const item of node.items) acc = concat(acc, (n) => prefixes(item, n), need);
      return acc;
    }
    case 'alt': {
      const out: Prefixes = new Set();
      for (const item of node.items) for (const p of prefixes(item, need)) out.add(p);
      return out;
    }
    case 'rep': {
      // Past min + need repeats nothing new can start: each repeat that adds a character moves the start on.
      const upTo = Math.min(node.max, node.min + need);
      let rep = EMPTY;
      const out: Prefixes = new Set();
      for (let n = 0; n <= upTo; n++) {
        if (n >= node.min) for (const p of rep) out.add(p);
        if (n < upTo) rep = concat(rep, (m) => prefixes(node.node, m), need);
      }
      return out;
    }
  }
}

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  alternation(): Node {
    const items: Node[] = [];
    for (;;) {
      items.push(this.sequence());
      if (this.s[this.i] !== '|') return items.length === 1 ? items[0]! : { t: 'alt', items };
      this.i++;
    }
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') items.push(this.quantified(this.atom()));
    return { t: 'seq', items };
  }

  /** A quantifier after an atom, if any: {m,n}, ?, *, + (lazy or not: the same strings). */
  private quantified(node: Node): Node {
    const s = this.s;
    let min: number;
    let max: number;
    const c = s[this.i];
    if (c === '?') { min = 0; max = 1; this.i++; }
    else if (c === '*') { min = 0; max = Infinity; this.i++; }
    else if (c === '+') { min = 1; max = Infinity; this.i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) throw new Unknown(); // a literal "{" is not used in the built-in patterns
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length;
    } else return node;
    if (s[this.i] === '?') this.i++;
    if (s[this.i] === '?' || s[this.i] === '*' || s[this.i] === '+' || s[this.i] === '{') throw new Unknown();
    return { t: 'rep', node, min, max };
  }

  private atom(): Node {
    const s = this.s;
    const c = s[this.i]!;
    if (c === '(') {
      this.i++;
      let zeroWidth = false;
      if (s[this.i] === '?') {
        const kind = s.slice(this.i, this.i + 3);
        if (kind.startsWith('?:')) this.i += 2;
        else if (kind.startsWith('?=') || kind.startsWith('?!')) { this.i += 2; zeroWidth = true; }
        else if (kind === '?<=' || kind === '?<!') { this.i += 3; zeroWidth = true; }
        else throw new Unknown(); // named groups and the like
      }
      const inner = this.alternation();
      if (s[this.i] !== ')') throw new Unknown();
      this.i++;
      // A look-around consumes nothing: leaving it out only lets more through.
      return zeroWidth ? EMPTY_NODE : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false);
    if (c === '^' || c === '$') { this.i++; return EMPTY_NODE; }
    if (c === '.') { this.i++; return { t: 'wild' }; }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Unknown();
    this.i++;
    return { t: 'chars', chars: new Set([c]) };
  }

  /** After a backslash: \d, a zero-width \b, an escaped character, or a class this reader does not list. */
  private escape(inClass: boolean): Node {
    const s = this.s;
    const e = s[this.i + 1];
    if (e === undefined) throw new Unknown();
    this.i += 2;
    if (e === 'd') return { t: 'chars', chars: new Set('0123456789') };
    if (!inClass && (e === 'b' || e === 'B')) return EMPTY_NODE;
    if (e === 'w' || e === 'W' || e === 's' || e === 'S' || e === 'D') return { t: 'wild' };
    if (e === 'p' || e === 'P' || e === 'u' || e === 'x') {
      if (s[this.i] === '{') { const close = s.indexOf('}', this.i); if (close < 0) throw new Unknown(); this.i = close + 1; }
      else this.i += e === 'u' ? 4 : e === 'x' ? 2 : 0;
      return { t: 'wild' };
    }
    if (/[A-Za-z0-9]/.test(e)) throw new Unknown(); // back-references, \n, \t, \cX: not read
    return { t: 'chars', chars: new Set([e]) };
  }

  /** [abc], [a-z0-9], [u*]; a negated class is wild. */
  private charClass(): Node {
    const s = this.s;
    this.i++;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let wild = negated;
    // In JavaScript "]" always closes a class ("[]" matches nothing).
    while (this.i < s.length && s[this.i] !== ']') {
      let ch = s[this.i]!;
      if (ch === '\\') {
        const e = this.escape(true);
        if (e.t !== 'chars') { wild = true; continue; }
        const listed = [...e.chars];
        if (listed.length > 1) { for (const d of listed) chars.add(d); continue; }
        ch = listed[0]!;
      } else this.i++;
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && s[this.i + 1] !== undefined) {
        const to = s[this.i + 1]!;
        if (to === '\\' || to === '[') throw new Unknown();
        this.i += 2;
        for (let code = ch.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.add(String.fromCharCode(code));
      } else chars.add(ch);
      if (chars.size > 128) wild = true;
    }
    if (s[this.i] !== ']') throw new Unknown();
    this.i++;
    return wild ? { t: 'wild' } : { t: 'chars', chars };
  }
}

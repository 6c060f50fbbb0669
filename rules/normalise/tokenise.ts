/**
 * Splits folded text into word tokens, each pointing back into the original text.
 * Hashtags, handles, snake_case and camelCase are split into their words; letters spaced or
 * dotted apart (l i t t l e, L.A.D.N) are joined into one token; possessive 's is set aside.
 */
import { type Folded, toOriginal } from './fold';
import { readStandIns } from './leet';

export interface Token {
  /** Lower-case word as written, stand-ins read, apostrophes kept ("can't"), possessive removed. */
  text: string;
  /** Matching key: `text` without apostrophes. */
  key: string;
  /** Original UTF-16 range. */
  start: number;
  end: number;
  /** Folded-text range. */
  fStart: number;
  fEnd: number;
  /** First letter upper case as written. */
  cap: boolean;
  /** Written all in capitals (two letters or more). */
  upper: boolean;
  /** '#' or '@' when part of a hashtag or handle. */
  tag: '' | '#' | '@';
  /** Follows the previous token with nothing between (camelCase or snake_case part). */
  glued: boolean;
  /** First word of a sentence (or after an emoji or line break): its capital says nothing. */
  sentStart: boolean;
  /** Sentence number; patterns never cross sentences. */
  sentence: number;
  /** Had a possessive 's or s' after it. */
  poss: boolean;
  /** Joined from letters spaced or dotted apart. */
  merged: boolean;
  /** Only digits (or a number with a unit). */
  num: boolean;
}

// A raw word: optional # or @, then letters/digits/_ with stand-in symbols or apostrophes
// between them, then optional trailing masks (f***, a$$).
const RAW_WORD = /([#@])?([$]?[\p{L}\p{N}_]+(?:['*$!|@]+[\p{L}\p{N}_]+)*)([*$]+)?/gu;
const SENTENCE_BREAK = /[.!?\n\u2026]|\p{Extended_Pictographic}/u;
// A full stop ends a sentence only before a space: not inside example.com or 12.50.
const HARD_BREAK = /[!?\n\u2026]|\.(?=\s)/;
const CAMEL = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;
// "she's" is "she is", not a possessive.
const CONTRACTIONS = new Set(['it', 'she', 'he', 'that', 'what', 'there', 'here', 'let', 'who', 'where', 'how', 'everyone', 'everybody', 'nobody', 'somebody', 'someone', 'today', 'life', 'nothing', 'something', 'everything', 'this', 'one']);
// Three digits before or after say the same as three or more, without walking back over every digit of a long number.
const LOWER_WORD = /^[a-z]+$/;
const YEAR_LIKE = /(?<=\p{L})(?=\d{3})|(?<=\d{3})(?=\p{L})/u;

interface Part { s: string; from: number; glued: boolean }

function splitParts(body: string, from: number): Part[] {
  // Most words are plain lower-case letters: nothing to split.
  if (/^[A-Za-z][a-z']*$/.test(body)) return [{ s: body, from, glued: false }];
  // Nor a number, nor a word all in capitals: no camel case, no letters beside digits.
  if (/^(?:\d+|[A-Z]+)$/.test(body)) return [{ s: body, from, glued: false }];
  // Capitals with one small letter are one word: an acronym's plural (TAs, MPs, SATs) or its own
  // spelling (SENCo, PhD, BSc), never camel case.
  if (/^(?:[A-Z]{2,}[a-z]|[A-Z][a-z][A-Z])$/.test(body)) return [{ s: body, from, glued: false }];
  const parts: Part[] = [];
  let offset = 0;
  let glued = false;
  for (const snake of body.split('_')) {
    let inner = 0;
    for (const piece of snake.split(CAMEL).flatMap((p) => p.split(YEAR_LIKE))) {
      if (piece) parts.push({ s: piece, from: from + offset + inner, glued });
      inner += piece.length;
      glued = true;
    }
    offset += snake.length + 1;
  }
  return parts;
}

export function tokenise(f: Folded): Token[] {
  const tokens: Token[] = [];
  const text = f.text;
  let last = 0;
  let sentence = 0;
  let sentStart = true;
  for (const m of text.matchAll(RAW_WORD)) {
    // Most gaps are one space: no break of any kind.
    if (m.index - last !== 1 || text.charCodeAt(last) !== 0x20) {
      const gap = text.slice(last, m.index);
      const prev = tokens[tokens.length - 1];
      // The dots of L.A.D.N are not full stops.
      const dottedLetters = /^\. ?$/.test(gap) && prev?.text.length === 1 && m[0].length === 1;
      if (HARD_BREAK.test(gap) && !dottedLetters) sentence++;
      if (SENTENCE_BREAK.test(gap)) sentStart = true;
    }
    const tag = (m[1] ?? '') as Token['tag'];
    const body = m[2]! + (m[3] ?? '');
    const bodyFrom = m.index + tag.length;
    last = m.index + m[0].length;
    // Most words are plain lower-case letters: nothing to split, no stand-ins, no possessive, no capitals.
    if (LOWER_WORD.test(body)) {
      const from = tag ? bodyFrom - 1 : bodyFrom;
      const [start, end] = toOriginal(f, from, bodyFrom + body.length);
      tokens.push({ text: body, key: body, start, end, fStart: bodyFrom, fEnd: bodyFrom + body.length, cap: false, upper: false, tag, glued: false, sentStart, sentence, poss: false, merged: false, num: false });
      sentStart = false;
      continue;
    }
    const parts = splitParts(body, bodyFrom);
    for (const p of parts) {
      let s = p.s;
      const poss = /'s$/i.test(s) && !CONTRACTIONS.has(s.slice(0, -2).toLowerCase());
      if (poss) s = s.slice(0, -2);
      const read = readStandIns(s).toLowerCase();
      // The first part of a hashtag or handle starts at its '#' or '@', so a highlight covers it.
      const from = tag && p === parts[0] ? p.from - 1 : p.from;
      const [start, end] = toOriginal(f, from, p.from + s.length);
      const plain = /^[a-z']+$/.test(s);
      const letters = plain ? '' : s.replace(/[^\p{L}]/gu, '');
      tokens.push({
        text: read,
        key: read.replace(/'/g, ''),
        start,
        end,
        fStart: p.from,
        fEnd: p.from + s.length,
        cap: !plain && /^\p{Lu}/u.test(s),
        upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
        tag,
        glued: p.glued,
        sentStart,
        sentence,
        poss,
        merged: false,
        num: !plain && /^\d/.test(read) && !/\p{L}{2}/u.test(read.replace(/^\d+/, '')),
      });
      sentStart = false;
    }
  }
  return mergeSpacedLetters(tokens, text);
}

/** Joins runs of three or more single letters separated by one space, dot, dash or underscore. */
function mergeSpacedLetters(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (
      j + 1 < tokens.length &&
      isSingleLetter(tokens[j]!) &&
      isSingleLetter(tokens[j + 1]!) &&
      tokens[j + 1]!.sentence === tokens[j]!.sentence &&
      /^[ .\-_*]{1,2}$/.test(text.slice(tokens[j]!.fEnd, tokens[j + 1]!.fStart))
    ) j++;
    if (j - i >= 2) {
      const run = tokens.slice(i, j + 1);
      const first = run[0]!;
      const lastTok = run[run.length - 1]!;
      const joined = run.map((t) => t.text).join('');
      out.push({ ...first, text: joined, key: joined, end: lastTok.end, fEnd: lastTok.fEnd, merged: true, poss: lastTok.poss, upper: run.every((t) => t.upper || t.cap) });
      i = j + 1;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}

function isSingleLetter(t: Token): boolean {
  return t.text.length === 1 && /\p{L}/u.test(t.text) && !t.tag;
}

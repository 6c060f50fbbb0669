/**
 * E-mail addresses in post text, by hand scanners that run in linear time. A regex like
 * `[\w.]+@…` is retried from every start position of a long token, which made one
 * 20,000-character word cost seconds on the site's main thread; these anchor on the "@"
 * (or the spelt-out "at") and walk outwards once, each character visited a bounded number of times.
 *
 * They find what these patterns would (leftmost, longest), without their cost:
 *   plain: [A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}
 *   spelt: jane.doe [at] example [dot] co [dot] uk, "jodie dot marsh91 at gmail dot com"
 */
export interface Range { start: number; end: number }

const isLocal = (c: number) => isLabel(c) || c === 0x2e /* . */ || c === 0x5f /* _ */ || c === 0x25 /* % */ || c === 0x2b; /* + */
function isLabel(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d; /* - */
}
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isWord = (c: number) => (c >= 0x30 && c <= 0x39) || isLetter(c) || c === 0x5f;
// JavaScript's \s, as the spelt-out forms were written with it.
const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** user@example.co.uk: each "@" is looked at once; its local part and domain never reach past the next "@". */
export function findEmails(text: string): Range[] {
  const out: Range[] = [];
  let floor = 0; // matches never overlap: a local part starts after the previous address
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > floor && isLocal(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    const end = domainEnd(text, at + 1);
    if (end < 0) continue;
    out.push({ start, end });
    floor = end;
    at = end - 1;
  }
  return out;
}

/** Where `label(.label)*.letters{2,}` starting at `from` ends, or -1: the last label reached that opens with two letters. */
function domainEnd(text: string, from: number): number {
  let end = -1;
  let i = from;
  let first = true;
  for (;;) {
    const labelStart = i;
    while (i < text.length && isLabel(text.charCodeAt(i))) i++;
    if (i === labelStart) break;
    if (!first) {
      let k = labelStart;
      while (k < i && isLetter(text.charCodeAt(k))) k++;
      if (k - labelStart >= 2) end = k;
    }
    first = false;
    if (text.charCodeAt(i) !== 0x2e) break;
    i++;
  }
  return end;
}

const TLDS = ['com', 'co', 'uk', 'org', 'net', 'io', 'me', 'ie'];
const BRACKETED = ['[at]', '(at)', '{at}'];
const BRACKETED_DOT = ['[dot]', '(dot)'];

const lowerAt = (text: string, i: number, word: string) => text.length >= i + word.length && text.slice(i, i + word.length).toLowerCase() === word;

/** The spelt-out forms: "jane.doe [at] example [dot] co [dot] uk", "jodie dot marsh91 at gmail dot com". */
export function findSpeltEmails(text: string): Range[] {
  const out: Range[] = [];
  const lower = text.toLowerCase();
  let floor = 0;
  let from = 0;
  for (;;) {
    const at = nextAtToken(text, lower, from);
    if (!at) break;
    from = at.resume;
    if (at.start < floor) continue;
    const start = localStart(text, lower, at.start, at.spaced, floor);
    if (start < 0) continue;
    const end = speltDomainEnd(text, lower, at.end);
    if (end < 0) continue;
    out.push({ start, end });
    floor = end;
    from = Math.max(from, end);
  }
  return out;
}

/** The next "[at]", "(at)", "{at}" or whitespace-surrounded "at" from `from`; the spaced form's token spans its white space. */
function nextAtToken(text: string, lower: string, from: number): { start: number; end: number; spaced: boolean; resume: number } | null {
  for (let i = lower.indexOf('at', from); i >= 0; i = lower.indexOf('at', i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 2);
    if ((before === 0x5b && after === 0x5d) || (before === 0x28 && after === 0x29) || (before === 0x7b && after === 0x7d)) {
      if (BRACKETED.includes(lower.slice(i - 1, i + 3))) return { start: i - 1, end: i + 3, spaced: false, resume: i + 1 };
    }
    if (i > 0 && isSpace(before) && isSpace(after)) {
      let s = i;
      while (s > from && isSpace(text.charCodeAt(s - 1))) s--;
      let e = i + 2;
      while (e < text.length && isSpace(text.charCodeAt(e))) e++;
      return { start: s, end: e, spaced: true, resume: i + 1 };
    }
  }
  return null;
}

/** The start of `local(\s+dot\s+local)*\s*` ending at the "at" token, or -1 when there is no local part. */
function localStart(text: string, lower: string, tokenStart: number, spaced: boolean, floor: number): number {
  let i = tokenStart;
  // Before a bracketed [at], white space is allowed; the spaced form already holds its own.
  if (!spaced) while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
  let start = i;
  while (start > floor && isLocal(text.charCodeAt(start - 1))) start--;
  if (start === i) return -1;
  // Further local parts joined by a spaced "dot": "jodie dot marsh91".
  for (;;) {
    let j = start;
    if (j <= floor || !isSpace(text.charCodeAt(j - 1))) break;
    while (j > floor && isSpace(text.charCodeAt(j - 1))) j--;
    if (j - 3 < floor || lower.slice(j - 3, j) !== 'dot' || j - 3 <= floor || !isSpace(text.charCodeAt(j - 4))) break;
    j -= 3;
    while (j > floor && isSpace(text.charCodeAt(j - 1))) j--;
    let k = j;
    while (k > floor && isLocal(text.charCodeAt(k - 1))) k--;
    if (k === j) break;
    start = k;
  }
  return start;
}

/** After a separator ("." "[dot]" "(dot)" or a spaced "dot", with optional white space), where the next label starts; or -1. */
function afterSeparator(text: string, lower: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  const spacedBefore = j > i;
  if (text.charCodeAt(j) === 0x2e) j += 1;
  else if (BRACKETED_DOT.some((d) => lower.startsWith(d, j))) j += 5;
  else if (spacedBefore && lower.startsWith('dot', j) && isSpace(text.charCodeAt(j + 3))) j += 3;
  else return -1;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  return j;
}

/** `\s*label(SEP label)*SEP tld\b(SEP uk\b)?` from `from`: the last top-level domain the chain of labels reaches, or -1. */
function speltDomainEnd(text: string, lower: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  let end = -1;
  let first = true;
  for (;;) {
    const labelStart = i;
    while (i < text.length && isLabel(text.charCodeAt(i))) i++;
    if (i === labelStart) break;
    if (!first) {
      const tld = tldEnd(text, lower, labelStart);
      if (tld > 0) end = tld;
    }
    first = false;
    const next = afterSeparator(text, lower, i);
    if (next < 0) break;
    i = next;
  }
  if (end > 0) {
    const uk = afterSeparator(text, lower, end);
    if (uk > 0 && lower.startsWith('uk', uk) && !isWord(text.charCodeAt(uk + 2))) end = uk + 2;
  }
  return end;
}

function tldEnd(text: string, lower: string, at: number): number {
  for (const t of TLDS) if (lowerAt(lower, at, t) && !isWord(text.charCodeAt(at + t.length))) return at + t.length;
  return -1;
}

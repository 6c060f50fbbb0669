/**
 * Links in a post: web addresses with or without a scheme. A link to one of the setting's
 * domains, or to its page on a social site, is `setting-link`. Words inside any link are left
 * out of name matching: a link is judged as a link.
 *
 * Found by a hand scanner in linear time. The backtracking pattern it replaces retried
 * `[\w-]*` from every start inside a long run of letters and dashes, so one 20,000-character
 * token cost most of a second. The scanner finds exactly what that pattern found (leftmost
 * start, its alternatives in order, greedy repeats), with W = [A-Za-z0-9_], WD = W or "-":
 *
 *   (?<![@\w.])(?:https?://(?:WD+\.)+[a-z]{2,} | www\.(?:WD+\.)+[a-z]{2,} | (?:[a-z0-9]WD*\.)+TLD)(?![\w-])(?:/[^\s<>"'\])]*)?
 *
 * case-insensitive, TLD one of TLDS in that order. Each `WD+\.` can only take a whole run of
 * WD, so a start's labels are fixed; the repeat then gives back labels from the last until
 * the ending fits. Every start inside one run of WD shares the labels after the run, so what
 * those labels end in is worked out once per label and remembered.
 */
export interface Link { start: number; end: number; host: string; path: string }

const TLDS = ['com', 'co.uk', 'org.uk', 'org', 'uk', 'net', 'io', 'info', 'biz', 'me', 'app', 'page', 'site', 'online', 'example', 'sch.uk', 'ac.uk', 'gov.uk', 'ie', 'eu', 'edu', 'nhs.uk'];
const SOCIAL_HOSTS = /^(?:(?:www|m|mobile|web)\.)?(?:facebook\.com|fb\.com|fb\.me|instagram\.com|instagr\.am|x\.com|twitter\.com|tiktok\.com|youtube\.com|linkedin\.com|threads\.net)$/;

const DOT = 0x2e;
const SLASH = 0x2f;
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAlnum = (c: number) => isLetter(c) || (c >= 0x30 && c <= 0x39);
const isW = (c: number) => isAlnum(c) || c === 0x5f;
const isWD = (c: number) => isW(c) || c === 0x2d;
// JavaScript's \s.
const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
// Characters a path never holds: \s < > " ' ] )
const endsPath = (c: number) => isSpace(c) || c === 0x3c || c === 0x3e || c === 0x22 || c === 0x27 || c === 0x5d || c === 0x29;
const TRAILING = new Set([DOT, 0x2c, 0x21, 0x3f, 0x3b, 0x3a]); // . , ! ? ; :

class Scanner {
  readonly n: number;
  /** wdEnd[i]: the first index at or after i that is not WD. */
  private readonly wdEnd: Int32Array;
  /** letterEnd[i]: the first index at or after i that is not a letter. */
  private readonly letterEnd: Int32Array;
  /** End of the link whose labels continue from i, or -1; -2 not yet known. One table per kind of label. */
  private readonly anyLabel: Int32Array;
  private readonly alnumLabel: Int32Array;

  constructor(readonly text: string) {
    const n = (this.n = text.length);
    this.wdEnd = new Int32Array(n + 1);
    this.letterEnd = new Int32Array(n + 1);
    this.wdEnd[n] = n;
    this.letterEnd[n] = n;
    for (let i = n - 1; i >= 0; i--) {
      const c = text.charCodeAt(i);
      this.wdEnd[i] = isWD(c) ? this.wdEnd[i + 1]! : i;
      this.letterEnd[i] = isLetter(c) ? this.letterEnd[i + 1]! : i;
    }
    this.anyLabel = new Int32Array(n + 1).fill(-2);
    this.alnumLabel = new Int32Array(n + 1).fill(-2);
  }

  private code(i: number): number {
    return i < this.n ? this.text.charCodeAt(i) : -1;
  }

  /** Where the label at i and its dot end (the next label's start), or -1 when no `WD+\.` (alnum first, if asked) is there. */
  private nextLabel(i: number, alnumFirst: boolean): number {
    if (i >= this.n || (alnumFirst ? !isAlnum(this.code(i)) : this.wdEnd[i] === i)) return -1;
    const end = this.wdEnd[i]!;
    return this.code(end) === DOT ? end + 1 : -1;
  }

  /** `[a-z]{2,}(?![\w-])` at i: where it ends, or -1. */
  private letters(i: number): number {
    const end = this.letterEnd[i]!;
    return end - i >= 2 && !isWD(this.code(end)) ? end : -1;
  }

  /** The first TLD at i not followed by WD: where it ends, or -1. */
  private tld(i: number): number {
    for (const t of TLDS) {
      if (i + t.length > this.n) continue;
      let k = 0;
      // `| 0x20` lower-cases an ASCII letter; a dot must be a dot.
      for (; k < t.length; k++) {
        const want = t.charCodeAt(k);
        const c = this.text.charCodeAt(i + k);
        if (want === DOT ? c !== DOT : (c | 0x20) !== want) break;
      }
      if (k === t.length && !isWD(this.code(i + k))) return i + k;
    }
    return -1;
  }

  /**
   * Labels continue from `at` (the start of the label after a dot): the end the pattern
   * settles on, trying the last label first. Remembered per position, so a run of starts that
   * share these labels costs one walk along them.
   */
  private ending(at: number, alnumFirst: boolean): number {
    const memo = alnumFirst ? this.alnumLabel : this.anyLabel;
    const chain: number[] = [];
    for (let p = at; p >= 0 && memo[p] === -2; p = this.nextLabel(p, alnumFirst)) chain.push(p);
    for (let k = chain.length - 1; k >= 0; k--) {
      const p = chain[k]!;
      const next = this.nextLabel(p, alnumFirst);
      const later = next >= 0 ? memo[next]! : -1;
      memo[p] = later >= 0 ? later : alnumFirst ? this.tld(p) : this.letters(p);
    }
    return memo[at]!;
  }

  /** `(?:WD+\.)+[a-z]{2,}(?![\w-])` from i. */
  private schemeHost(i: number): number {
    const next = this.nextLabel(i, false);
    return next < 0 ? -1 : this.ending(next, false);
  }

  /** The character at i lower-cased if an ASCII letter (-1 past the end). */
  private lower(i: number): number {
    return this.code(i) | 0x20;
  }

  /** The host's end for a link starting at s, or -1: the three alternatives in order. */
  hostEnd(s: number): number {
    const first = this.lower(s);
    if (first === 0x68 && this.lower(s + 1) === 0x74 && this.lower(s + 2) === 0x74 && this.lower(s + 3) === 0x70) { // http
      // `s?` tries "https://" before "http://"; only one of them can be followed by "://".
      const after = this.lower(s + 4) === 0x73 && this.text.startsWith('://', s + 5) ? s + 5 : s + 4;
      if (this.text.startsWith('://', after)) {
        const end = this.schemeHost(after + 3);
        if (end >= 0) return end;
      }
    }
    if (first === 0x77 && this.lower(s + 1) === 0x77 && this.lower(s + 2) === 0x77 && this.code(s + 3) === DOT) { // www.
      const end = this.schemeHost(s + 4);
      if (end >= 0) return end;
    }
    const next = this.nextLabel(s, true);
    return next < 0 ? -1 : this.ending(next, true);
  }
}

// Every host ends in a dot and a letter (its TLD, or two letters or more): a text without one holds no link.
const DOT_LETTER = /\.[A-Za-z]/;

export function findLinks(text: string): Link[] {
  const links: Link[] = [];
  if (!DOT_LETTER.test(text)) return links;
  const scan = new Scanner(text);
  for (let s = 0; s < scan.n; s++) {
    const before = s > 0 ? text.charCodeAt(s - 1) : -1;
    if (before === 0x40 || before === DOT || isW(before)) continue; // (?<![@\w.])
    const c = text.charCodeAt(s);
    if (!isAlnum(c)) continue; // every alternative starts with a letter or digit
    const host = scan.hostEnd(s);
    if (host < 0) continue;
    let end = host;
    if (text.charCodeAt(end) === SLASH) for (end++; end < scan.n && !endsPath(text.charCodeAt(end)); end++);
    // Trailing punctuation ends a sentence, not the link.
    let trimmed = end;
    while (trimmed > s && TRAILING.has(text.charCodeAt(trimmed - 1))) trimmed--;
    const raw = text.slice(s, trimmed);
    const withoutScheme = raw.replace(/^https?:\/\//i, '');
    const slash = withoutScheme.indexOf('/');
    links.push({ start: s, end: trimmed, host: (slash < 0 ? withoutScheme : withoutScheme.slice(0, slash)).toLowerCase(), path: slash < 0 ? '' : withoutScheme.slice(slash) });
    s = end - 1;
  }
  return links;
}

/**
 * Is the link the setting's: its domain (or a sub-domain), or a social page whose first path
 * segment is one of its handles or spells its name (facebook.com/littleacornsnursery)?
 */
export function isSettingLink(link: Link, domains: string[], handleKeys: Set<string>, nameKeys: string[]): boolean {
  if (domains.some((d) => link.host === d || link.host.endsWith(`.${d}`))) return true;
  if (!SOCIAL_HOSTS.test(link.host)) return false;
  const segment = (link.path.split(/[/?#]/)[1] ?? '').replace(/^@/, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!segment) return false;
  return handleKeys.has(segment) || nameKeys.some((k) => k.length >= 6 && segment.includes(k));
}

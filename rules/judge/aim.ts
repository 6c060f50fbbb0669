/**
 * Whom a derogatory remark is aimed at. Looks for the nearest target within a few words:
 * the setting or people connected with it (by role or by the pack's names), or something
 * else (a film, the weather, one's own family, oneself). The nearer one wins.
 */
import { NEGATION, OTHER_TARGETS, OWN_FAMILY, SELF, SETTING_TARGETS } from '../lexicon/targets';
import { words } from '../lexicon/pattern';
import { streamMatches } from '../match/word-gate';
import { type WordStream, tokenRange } from '../normalise/stream';

const SETTING_RE = words(SETTING_TARGETS);
const OTHER_RE = words(`${OTHER_TARGETS}|${OWN_FAMILY}`);
const SELF_RE = words(SELF);
const NEGATION_RE = new RegExp(`^(?:${NEGATION}|.*n't)$`);
const WINDOW = 10;
const PRONOUNS = new Set(['she', "she's", 'he', "he's", 'her', 'him', 'they', "they're", 'them', "she'd", "he'd"]);
const PRONOUN_REACH = 30;
const OWN_PARENT_WORDS = new Set(['mum', 'dad', 'mam', 'nan', 'nana', 'grandad', 'grandma', 'mummy', 'daddy', 'mother', 'father']);

export type Aim = 'setting' | 'other' | 'none' | 'self';

// "stupid cancer", "useless bus", "a lazy Sunday": an insult word right before a noun is said of that thing. These
// words after it are not such a noun: function words, times, and the people an insult is said to ("useless mate").
const NOT_A_THING = new Set([
  'and', 'or', 'but', 'as', 'at', 'for', 'to', 'of', 'in', 'on', 'with', 'by', 'about', 'from', 'than', 'if', 'when', 'because', 'cos', 'that', 'this',
  'is', 'was', 'are', 'were', 'be', "it's", "isn't", 'today', 'tonight', 'yesterday', 'tomorrow', 'again', 'now', 'then', 'though', 'tbh', 'honestly',
  'lol', 'really', 'too', 'so', 'very', 'innit', 'mate', 'pal', 'hun', 'love', 'babe', 'x', 'xx', 'xxx', 'lot', 'bunch', 'lots', 'sometimes', 'always',
  'woman', 'women', 'man', 'men', 'lady', 'ladies', 'bloke', 'blokes', 'guy', 'guys', 'girl', 'girls', 'boy', 'boys', 'person', 'people', 'one', 'ones',
  'cow', 'cows', 'idiot', 'idiots', 'git', 'gits', 'sod', 'sods', 'muppet', 'muppets', 'twat', 'twats', 'prat', 'prats', 'woman\'s', 'individual', 'human',
]);

export class AimFinder {
  private readonly setting: number[] = [];
  private readonly other: number[] = [];
  private readonly self: number[] = [];
  /** The tokens of `other`, for isOther's lookups. */
  private readonly otherSet: Set<number>;
  /** The tokens of `setting`, for saidOfAThing's lookups. */
  private readonly settingSet: Set<number>;

  /** `named`: tokens already found to be the setting or its people (names, aliases). */
  constructor(private readonly stream: WordStream, named: Iterable<number>) {
    this.collect(SETTING_RE, this.setting);
    this.collect(OTHER_RE, this.other);
    this.collect(SELF_RE, this.self);
    // "my kids" is the poster's own family, even though "kids" alone is a target.
    // "Mum and Dad" written as names are the poster's own parents, not the families at work.
    for (const k of this.setting) {
      const t = stream.tokens[k]!;
      if (t.cap && !t.sentStart && OWN_PARENT_WORDS.has(t.text)) this.other.push(k);
    }
    const own = new Set(this.other);
    this.otherSet = own;
    for (let k = this.setting.length - 1; k >= 0; k--) if (own.has(this.setting[k]!)) this.setting.splice(k, 1);
    this.setting.push(...named);
    this.resolvePronouns();
    this.settingSet = new Set(this.setting);
  }

  /** "Told the deputy ... She's too busy": she, he or they soon after a role or name is that person. */
  private resolvePronouns(): void {
    const tokens = this.stream.tokens;
    const roles = [...this.setting].sort((a, b) => a - b);
    if (roles.length === 0) return;
    tokens.forEach((t, k) => {
      if (!PRONOUNS.has(t.text)) return;
      const last = roles.filter((r) => r < k).pop();
      if (last !== undefined && k - last <= PRONOUN_REACH) this.setting.push(k);
    });
  }

  private collect(re: RegExp, into: number[]): void {
    const found = streamMatches(this.stream, re);
    for (let i = 0; i < found.length; i += 2) {
      const [a, b] = tokenRange(this.stream, found[i]!, found[i]! + found[i + 1]!);
      for (let k = a; k <= b; k++) into.push(k);
    }
  }

  /** Is the word at k part of something else than the setting ("my mum", "my kids", the weather)? */
  isOther(k: number): boolean {
    return this.otherSet.has(k);
  }

  /** The insult word at k is said of the thing named right after it ("stupid cancer", "useless printer"). */
  private saidOfAThing(first: number, last: number): boolean {
    const tokens = this.stream.tokens;
    const next = tokens[last + 1];
    if (first !== last || !next || next.sentence !== tokens[last]!.sentence || next.tag || next.num) return false;
    if (NOT_A_THING.has(next.text) || this.settingSet.has(last + 1)) return false;
    return /^\p{L}+$/u.test(next.text);
  }

  aimOf(first: number, last: number): Aim {
    if (this.saidOfAThing(first, last)) return 'other';
    const dist = (list: number[]) => {
      let best = Infinity;
      for (const k of list) {
        if (k >= first && k <= last) continue;
        const d = k < first ? first - k : k - last;
        if (d < best) best = d;
      }
      return best;
    };
    const s = dist(this.setting);
    const o = dist(this.other);
    const me = dist(this.self);
    if (s <= WINDOW && s <= o) return 'setting';
    if (o <= WINDOW) return 'other';
    if (me <= 3) return 'self';
    return 'none';
  }

  /** A negation in the three words before: "she's not useless", "never lies". */
  negated(first: number): boolean {
    const tokens = this.stream.tokens;
    for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
      if (tokens[k]!.sentence !== tokens[first]!.sentence) break;
      if (NEGATION_RE.test(tokens[k]!.text)) return true;
    }
    return false;
  }
}

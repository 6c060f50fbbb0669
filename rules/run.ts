/**
 * One check of one text: the folded text, its tokens and word stream, and what the judges
 * have found so far. Judges read it and add findings; nothing here outlives the check.
 */
import type { Compiled } from './compile';
import { findCueClasses } from './judge/evidence/cue-finder';
import { inOtherSense } from './judge/evidence/cue-senses';
import { ROLES_ONLY_A_SETTING_HAS } from './lexicon/cue-classes';
import { streamMatches } from './match/word-gate';
import { words } from './lexicon/pattern';
import { OWN_FAMILY } from './lexicon/targets';
import { type Folded, fold, toOriginal } from './normalise/fold';
import { type WordStream, toStream, tokenRange } from './normalise/stream';
import { type Token, tokenise } from './normalise/tokenise';
import { wordBeside } from './normalise/neighbours';
import { type Category, type Finding, SEVERITY_RANK, type Severity } from './types';

const OWN_FAMILY_RE = words(OWN_FAMILY);

export class Run {
  readonly out: Finding[] = [];
  readonly allow: [number, number][] = [];
  /** Tokens naming the setting or its people: targets for derogatory remarks. */
  readonly named = new Set<number>();
  /** Tokens naming a person on the pack (not the setting). */
  readonly people = new Set<number>();
  /** Tokens naming a child on the pack. */
  readonly children = new Set<number>();
  /** First token of a setting-name match → its last token. */
  readonly settingAt = new Map<number, number>();
  readonly f: Folded;
  readonly tokens: Token[];
  readonly stream: WordStream;
  /** Tokens inside a link or an e-mail address: judged as links, not words. */
  readonly skip: boolean[] = [];
  private family: Set<number> | null = null;
  private cueList: [string, number][] | null = null;
  /** Word-name mentions the name model judged, with its evidence (read by the trainer). */
  /** Sentences where the rules read an insult as negated ("not useless at all"): no dig there. */
  readonly negatedDigs = new Set<number>();
  readonly nameCandidates: { role: 'child' | 'staff'; features: string[]; readsAsName: boolean; kept: boolean }[] = [];

  constructor(readonly c: Compiled, readonly text: string) {
    this.f = fold(text);
    this.tokens = tokenise(this.f);
    this.stream = toStream(this.tokens, this.f.text);
  }

  add(category: Category, ruleId: string, severity: Severity, start: number, end: number, message?: string): void {
    if (!this.c.enabled.has(category) || end <= start) return;
    this.out.push({ category, ruleId, severity, start, end, match: this.text.slice(start, end), message: message ?? this.c.message[category] });
  }

  addTokens(category: Category, ruleId: string, severity: Severity, first: number, last: number): void {
    this.add(category, ruleId, severity, this.tokens[first]!.start, this.tokens[last]!.end);
  }

  addFolded(category: Category, ruleId: string, severity: Severity, from: number, to: number, message?: string): void {
    this.add(category, ruleId, severity, ...toOriginal(this.f, from, to), message);
  }

  /** Has this category been found yet, at or above a severity? */
  has(category: Category, atLeast: Severity = 'low'): boolean {
    return this.out.some((f) => f.category === category && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[atLeast]);
  }

  /** Stream regex matches as token ranges, leaving out any that touch a link or an address. */
  *matches(re: RegExp): Generator<[number, number]> {
    const found = streamMatches(this.stream, re);
    for (let i = 0; i < found.length; i += 2) {
      const [a, b] = tokenRange(this.stream, found[i]!, found[i]! + found[i + 1]!);
      let touched = false;
      for (let k = a; k <= b; k++) if (this.skip[k]) touched = true;
      if (!touched) yield [a, b];
    }
  }

  /** The index of the last token starting at or before folded offset `at` (or 0). */
  tokenBefore(at: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.tokens[mid]!.fStart <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The first token of the sentence token k is in: sentences are runs of tokens. */
  sentenceStart(k: number): number {
    const sentence = this.tokens[k]!.sentence;
    while (k > 0 && this.tokens[k - 1]!.sentence === sentence) k--;
    return k;
  }

  /** Tokens inside an "own family" phrase (my son, my sister, the eldest), found once per check. */
  get familyTokens(): Set<number> {
    if (!this.family) {
      this.family = new Set();
      for (const [a, b] of this.matches(OWN_FAMILY_RE)) for (let k = a; k <= b; k++) this.family.add(k);
    }
    return this.family;
  }

  /** The typed cues of the post (lexicon/cue-classes.ts) as [class, sentence], found once per check. */
  get cues(): [string, number][] {
    if (!this.cueList) {
      const list: [string, number][] = [];
      // "my parents", "my kids": the poster's own family, not the setting's families or children.
      const own = this.familyTokens;
      findCueClasses(this.tokens, this.skip, (cls, sentence, token, entry) => {
        if (inOtherSense(cls, entry, this.tokens, token)) return;
        list.push([(cls === 'families' || cls === 'children') && own.has(token) ? 'own-family' : cls, sentence]);
        if (cls === 'role' && aRoleOfOurs(this.tokens, token, entry)) list.push(['our-role', sentence]);
      });
      this.cueList = list;
    }
    return this.cueList;
  }
}

// "the new head", "our manager", "the DSL at ours": a role spoken of as the poster's own
// workplace's, not "my son's head teacher" or "a manager".
// With "the", only a role no shop or café has (ROLES_ONLY_A_SETTING_HAS).
const ROLE_ADJECTIVES = new Set(['new', 'old', 'acting', 'interim', 'temporary', 'lovely', 'dear']);
function aRoleOfOurs(tokens: Token[], i: number, entry: string): boolean {
  const at = (k: number) => wordBeside(tokens, i, k - i);
  const ours = (word: string) => word === 'our' || (word === 'the' && ROLES_ONLY_A_SETTING_HAS.has(entry));
  if (ours(at(i - 1))) return true;
  if (ROLE_ADJECTIVES.has(at(i - 1)) && ours(at(i - 2))) return true;
  return at(i + 1) === 'at' && at(i + 2) === 'ours';
}

/**
 * normalise → match → judge → findings. `compile(pack)` once, then `check(text)` for every
 * post: pure, synchronous, no DOM and no browser API, so the content script, the options
 * page, the command line and the tests all share it.
 */
import { type Compiled, compilePack } from './compile';
import { type AimFinder as Aim, AimFinder } from './judge/aim';
import { partOfProperName, writtenAsName } from './judge/cues';
import { followedByOtherSurname, namesAPlace, usedAsName } from './judge/names';
import { DEROGATORY_RULES } from './lexicon/derogatory';
import { TITLES } from './lexicon/names';
import { POLITICAL_RULES } from './lexicon/political';
import { MILD_PHRASES, PROFANE_WORDS } from './lexicon/profanity';
import { WORK_TALK_RULES } from './lexicon/work-talk';
import { WORKPLACE_LEADS, WORKPLACE_PHRASES } from './lexicon/where-you-work';
import { findLinks, isSettingLink } from './match/links';
import { findPersonalInfo } from './match/personal-info';
import { type Folded, fold, toOriginal } from './normalise/fold';
import { type WordStream, toStream, tokenRange } from './normalise/stream';
import { type Token, tokenise } from './normalise/tokenise';
import { settle } from './judge/settle';
import type { Category, Finding, Pack, Severity } from './types';

export interface Checker {
  readonly pack: Pack;
  check(text: string): Finding[];
}

export function compile(pack: Pack): Checker {
  const compiled = compilePack(pack);
  return { pack, check: (text) => runCheck(compiled, text) };
}

const PROFANE_ANY = new RegExp(PROFANE_WORDS.map((r) => `(?:${r.re.source})`).join('|'));

class Run {
  readonly out: Finding[] = [];
  readonly allow: [number, number][] = [];
  /** Tokens naming the setting or its people: targets for derogatory remarks. */
  readonly named: number[] = [];
  /** First token of a setting-name match → its last token. */
  readonly settingAt = new Map<number, number>();
  readonly f: Folded;
  readonly tokens: Token[];
  readonly stream: WordStream;
  readonly skip: boolean[];

  constructor(readonly c: Compiled, readonly text: string) {
    this.f = fold(text);
    this.tokens = tokenise(this.f);
    this.stream = toStream(this.tokens);
    this.skip = [];
  }

  add(category: Category, ruleId: string, severity: Severity, start: number, end: number, message?: string): void {
    if (!this.c.enabled.has(category) || end <= start) return;
    this.out.push({ category, ruleId, severity, start, end, match: this.text.slice(start, end), message: message ?? this.c.message[category] });
  }

  addTokens(category: Category, ruleId: string, severity: Severity, first: number, last: number): void {
    this.add(category, ruleId, severity, this.tokens[first]!.start, this.tokens[last]!.end);
  }

  /** Stream regex matches as token ranges, leaving out any that touch a link or an address. */
  *streamMatches(re: RegExp): Generator<[number, number]> {
    for (const m of this.stream.text.matchAll(re)) {
      const [a, b] = tokenRange(this.stream, m.index, m.index + m[0].length);
      let touched = false;
      for (let k = a; k <= b; k++) if (this.skip[k]) touched = true;
      if (!touched) yield [a, b];
    }
  }
}

export function runCheck(c: Compiled, text: string): Finding[] {
  if (!text.trim()) return [];
  const run = new Run(c, text);
  linksAndPersonalInfo(run);
  phrases(run);
  profanity(run);
  derogatory(run, new AimFinder(run.stream, run.named));
  for (const rule of WORK_TALK_RULES) {
    for (const [a, b] of run.streamMatches(rule.re)) run.addTokens('work-talk', `work-talk/${rule.id}`, rule.bare ? 'low' : c.severity['work-talk'], a, b);
  }
  for (const rule of POLITICAL_RULES) {
    for (const [a, b] of run.streamMatches(rule.re)) run.addTokens('political-religious', `political-religious/${rule.id}`, c.severity['political-religious'], a, b);
  }
  regexTerms(run);
  whereYouWork(run);
  return settle(run.out, run.allow);
}

function linksAndPersonalInfo(run: Run): void {
  const { c, f, tokens } = run;
  const links = findLinks(f.text);
  const personal = findPersonalInfo(f.text);
  const blocked = [...links, ...personal.filter((p) => p.id === 'email')];
  tokens.forEach((t, i) => { run.skip[i] = blocked.some((b) => t.fStart >= b.start && t.fEnd <= b.end); });
  for (const link of links) {
    if (isSettingLink(link, c.domains, c.handleKeys, c.settingKeys)) {
      run.add('setting-link', 'setting-link', c.severity['setting-link'], ...toOriginal(f, link.start, link.end));
    }
  }
  for (const p of personal) run.add('personal-info', `personal-info/${p.id}`, c.severity['personal-info'], ...toOriginal(f, p.start, p.end));
}

function phrases(run: Run): void {
  const { c, tokens } = run;
  for (const m of c.index.find(tokens, (i) => run.skip[i]!)) {
    const p = m.payload;
    const start = tokens[m.first]!.start;
    const end = tokens[m.last]!.end;
    if (p.kind === 'allow') run.allow.push([start, end]);
    else if (p.kind === 'term') run.add(p.term.category, p.term.id, p.term.severity, start, end, p.term.message);
    else if (p.kind === 'setting') {
      const severity = p.everyday && !writtenAsName(tokens, m.first, m.last) ? 'low' : c.severity['setting-name'];
      run.addTokens('setting-name', 'setting-name', severity, m.first, m.last);
      run.settingAt.set(m.first, Math.max(m.last, run.settingAt.get(m.first) ?? 0));
      for (let k = m.first; k <= m.last; k++) run.named.push(k);
    } else {
      const category = p.role === 'child' ? 'child-name' : 'staff-name';
      const before = tokens[m.first - 1];
      const titled = !!before && before.sentence === tokens[m.first]!.sentence && TITLES.has(before.text) && before.cap === true;
      if (p.part === 'surname') {
        // "Mrs Whitfield" is the member of staff; "Mr Brooks" is a child's family or a stranger.
        if (!titled || p.role === 'child') continue;
      } else if (p.part === 'first') {
        if (namesAPlace(tokens, m.first, m.last) || followedByOtherSurname(tokens, m.last, p.own)) continue;
        if (p.wordName && !usedAsName(tokens, m.first, run.text)) continue;
      }
      run.add(category, category, c.severity[category], titled && p.role === 'staff' ? before.start : start, end);
      for (let k = m.first; k <= m.last; k++) run.named.push(k);
    }
  }
}

function profanity(run: Run): void {
  const { c, tokens } = run;
  tokens.forEach((t, i) => {
    if (run.skip[i] || !PROFANE_ANY.test(t.text)) return;
    const rule = PROFANE_WORDS.find((r) => r.re.test(t.text))!;
    if (rule.nameToo && partOfProperName(tokens, i)) return;
    run.addTokens('profanity', `profanity/${rule.id}`, rule.mild ? 'low' : c.severity.profanity, i, i);
  });
  for (const re of MILD_PHRASES) for (const [a, b] of run.streamMatches(re)) run.addTokens('profanity', 'profanity/mild', 'low', a, b);
}

function derogatory(run: Run, aim: Aim): void {
  const full = run.c.severity.derogatory;
  for (const rule of DEROGATORY_RULES) {
    for (const [a, b] of run.streamMatches(rule.re)) {
      if (rule.negatable && aim.negated(a)) continue;
      const where = aim.aimOf(a, b);
      let severity: Severity | null;
      if (!rule.negatable) severity = !rule.needsTarget || where === 'setting' ? full : null;
      else if (where === 'setting') severity = full;
      else severity = where === 'none' && !rule.needsTarget ? 'low' : null;
      if (severity) run.addTokens('derogatory', `derogatory/${rule.id}`, severity, a, b);
    }
  }
}

function regexTerms(run: Run): void {
  for (const { term, re } of run.c.regexTerms) {
    const m = re.matcher(run.f.lower);
    let from = 0;
    while (from <= run.f.lower.length && m.find(from)) {
      const [s, e] = toOriginal(run.f, m.start(), m.end());
      run.add(term.category, term.id, term.severity, s, e, term.message);
      from = m.end() > m.start() ? m.end() : m.end() + 1;
    }
  }
}

function whereYouWork(run: Run): void {
  const { tokens, c } = run;
  for (const [a, b] of run.streamMatches(WORKPLACE_LEADS)) {
    const next = tokens[b + 1];
    if (!next || next.sentence !== tokens[b]!.sentence || run.skip[b + 1]) continue;
    let last = run.settingAt.get(b + 1);
    if (last === undefined && next.cap && !next.num) {
      last = b + 1;
      while (tokens[last + 1]?.cap && tokens[last + 1]!.sentence === next.sentence) last++;
    }
    if (last !== undefined) run.addTokens('personal-info', 'personal-info/workplace', c.severity['personal-info'], a, last);
  }
  for (const [a, b] of run.streamMatches(WORKPLACE_PHRASES)) run.addTokens('personal-info', 'personal-info/workplace', c.severity['personal-info'], a, b);
}

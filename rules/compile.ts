/**
 * Turns a validated pack into what a check needs, once: one phrase index over every name,
 * alias, handle, term phrase, built-in confidential phrase and allow phrase; compiled regex
 * terms; the severities and messages in force.
 */
import { RE2JS } from 're2js';
import { DEFAULT_MESSAGES, DEFAULT_SEVERITY } from './categories';
import { CONFIDENTIAL_PHRASES } from './lexicon/confidential';
import { couldBeEverydayWord, isEverydayWord } from './judge/language';
import { isWordName } from './judge/names';
import { FrozenPhraseIndex, PhraseIndex } from './match/phrase-index';
import { requiredLiteral } from './match/required-literal';
import { fold } from './normalise/fold';
import { allAtOnce } from './steps';
import { type Token, tokenise } from './normalise/tokenise';
import { TEXT_FIELD, TEXT_ITEM, type PackTables, type PayloadTables } from './tables';
import { CATEGORIES, type Category, type Pack, type Severity, type Term } from './types';

export type Payload =
  | { kind: 'person'; role: 'child' | 'staff'; part: 'full' | 'first' | 'surname'; name: string; own: Set<string>; wordName: boolean; initials: Set<string> }
  | { kind: 'setting'; everyday: boolean; text: string }
  | { kind: 'term'; term: Term }
  | { kind: 'allow' };

export interface Compiled {
  pack: Pack;
  index: FrozenPhraseIndex<Payload>;
  regexTerms: { term: Term; re: RE2JS; source: string; literal: string | null }[];
  enabled: Set<Category>;
  severity: Record<Category, Severity>;
  message: Record<Category, string>;
  domains: string[];
  handleKeys: Set<string>;
  settingKeys: string[];
  /** Ids of the pack's own terms: their findings are never weighed, always reported. */
  termIds: Set<string>;
  /** What the pack compiled to, as tables another tab can load instead of compiling (rules/tables.ts). */
  tables: PackTables;
}

// Words a setting's name often ends with; "Little Acorns Day Nursery" is also "Little Acorns".
const GENERIC_ENDING = /(?:\s+(?:day|nursery|nurseries|pre-?school|preschool|school|primary|infants?|academy|kindergarten|montessori|playgroup|childcare|children'?s|centre|center|club|ltd|limited|cic|&|and))+$/i;
// Common words in settings' names that compromise's dictionary lacks.
const EVERYDAY_EXTRA = new Set(['acorn', 'acorns', 'tots', 'tot', 'kidz', 'kiddies', 'treetops', 'ducklings', 'bumblebees', 'ladybirds', 'buttercups', 'sunflowers', 'caterpillars', 'tadpoles', 'cubs', 'owlets', 'minis', 'tinies', 'wee', 'steps', 'beginnings', 'footprints']);

export function phraseTokens(text: string): Token[] {
  return tokenise(fold(text)).map((t) => ({ ...t, glued: false }));
}

/** Names added between two steps of compileSteps: a few ms of work each, even on a slow machine. */
const NAMES_PER_STEP = 100;

export function compilePack(pack: Pack): Compiled {
  return allAtOnce(compileSteps(pack));
}

/**
 * compilePack as a series of short steps, with a yield between them: a content script compiling a pack of thousands of
 * names gives the page its thread back between steps instead of holding it for one long task (issue 13).
 */
export function* compileSteps(pack: Pack): Generator<void, Compiled> {
  const index = new PhraseIndex<Payload>();
  // The setting's names first, alone: the first language judgement of a page's life warms its tagger.
  addSettingNames(index, pack);
  yield;
  const shared = new Map<string, Extract<Payload, { kind: 'person' }>>();
  let added = 0;
  for (const [role, list] of [['child', pack.people.children], ['staff', pack.people.staff]] as const) {
    for (const name of new Set(list.map((n) => n.trim()).filter(Boolean))) {
      if (++added % NAMES_PER_STEP === 0) yield;
      addPerson(index, shared, role, name);
      // A nickname is the same person: "Ollie" for Oliver Brooks is matched as "Ollie Brooks" would be.
      const surname = name.split(/\s+/).length > 1 ? ` ${name.split(/\s+/).pop()}` : '';
      for (const nick of pack.people.nicknames?.[name] ?? []) if (nick.trim()) addPerson(index, shared, role, `${nick.trim()}${surname}`);
    }
  }
  yield;
  for (const term of pack.terms) {
    for (const p of term.phrases) {
      if (++added % NAMES_PER_STEP === 0) yield;
      index.add(phraseTokens(p), { kind: 'term', term });
    }
  }
  const builtin = builtinTerm(pack);
  for (const p of CONFIDENTIAL_PHRASES) {
    if (++added % NAMES_PER_STEP === 0) yield;
    index.add(phraseTokens(p), { kind: 'term', term: builtin });
  }
  for (const a of pack.allow) index.add(phraseTokens(a), { kind: 'allow' });
  yield;
  const tables: PackTables = {
    phrases: index.toTables(),
    payloads: payloadTables(index.addedPayloads(), pack),
    settingKeys: settingNames(pack).map((n) => phraseTokens(n).map((t) => t.key).join('')),
  };
  return yield* fromTablesSteps(pack, tables);
}

/**
 * The compiled pack from its tables: what compileSteps ends with, and what a tab does instead of compiling when
 * tables for its pack are stored. Throws if the tables do not fit the pack.
 */
export function fromTables(pack: Pack, tables: PackTables): Compiled {
  return allAtOnce(fromTablesSteps(pack, tables));
}

/** fromTables in short steps (the phrase index a few hundred phrases at a time, each regex on its own), with a yield between them. */
export function* fromTablesSteps(pack: Pack, tables: PackTables): Generator<void, Compiled> {
  const enabled = new Set(CATEGORIES.filter((c) => pack.categories[c]?.enabled !== false));
  const severity = Object.fromEntries(CATEGORIES.map((c) => [c, pack.categories[c]?.severity ?? DEFAULT_SEVERITY[c]])) as Record<Category, Severity>;
  const message = Object.fromEntries(CATEGORIES.map((c) => [c, pack.policy.clauses[c] ?? DEFAULT_MESSAGES[c]])) as Record<Category, string>;
  const builtin = builtinTerm(pack);
  const index = yield* FrozenPhraseIndex.fromTablesInSteps(tables.phrases, payloadReader(tables.payloads, pack, builtin));
  yield;
  checkPayloads(tables.payloads, index.size, pack);
  if (!Array.isArray(tables.settingKeys) || !tables.settingKeys.every((k) => typeof k === 'string')) throw new Error('the tables hold no setting keys');
  const regexTerms: Compiled['regexTerms'] = [];
  for (const term of pack.terms) {
    for (const source of term.regex) {
      yield;
      regexTerms.push({ term, source, re: RE2JS.compile(source, RE2JS.CASE_INSENSITIVE), literal: requiredLiteral(source) });
    }
  }
  const handleKeys = new Set(pack.setting.handles.map((h) => h.replace(/^@/, '').toLowerCase().replace(/[^a-z0-9]/g, '')));
  return {
    pack, index, regexTerms, enabled, severity, message, handleKeys, settingKeys: tables.settingKeys, tables,
    termIds: new Set([...pack.terms.map((t) => t.id), builtin.id]),
    domains: pack.setting.domains.map((d) => d.toLowerCase()),
  };
}

function builtinTerm(pack: Pack): Term {
  return { id: 'builtin-confidential', category: 'confidential', phrases: CONFIDENTIAL_PHRASES, regex: [], severity: pack.categories.confidential?.severity ?? DEFAULT_SEVERITY.confidential };
}

const PAYLOAD_STRIDE = 2;
const KINDS = ['person', 'setting', 'term', 'allow'] as const;
const ROLES = ['child', 'staff'] as const;
const PARTS = ['full', 'first', 'surname'] as const;
const WORD_NAME = 1 << 5;
const EVERYDAY = 1 << 6;

/** Payloads as numbers and text: kind (2 bits), role (1), part (2), word name, everyday; the term's index; name and keys. */
function payloadTables(payloads: readonly Payload[], pack: Pack): PayloadTables {
  const termIndex = new Map(pack.terms.map((term, k) => [term, k]));
  const ints = new Int32Array(payloads.length * PAYLOAD_STRIDE);
  const texts: string[] = [];
  const textStart = new Int32Array(payloads.length + 1);
  let at = 0;
  payloads.forEach((p, k) => {
    let code = KINDS.indexOf(p.kind);
    let term = -1;
    let text = '';
    if (p.kind === 'person') {
      code |= (ROLES.indexOf(p.role) << 2) | (PARTS.indexOf(p.part) << 3) | (p.wordName ? WORD_NAME : 0);
      text = [p.name, [...p.own].join(TEXT_ITEM), [...p.initials].join(TEXT_ITEM)].join(TEXT_FIELD);
    } else if (p.kind === 'setting') {
      code |= p.everyday ? EVERYDAY : 0;
      text = p.text;
    } else if (p.kind === 'term') {
      term = termIndex.get(p.term) ?? -1;
    }
    ints[k * PAYLOAD_STRIDE] = code;
    ints[k * PAYLOAD_STRIDE + 1] = term;
    texts.push(text);
    textStart[k + 1] = at += text.length;
  });
  return { ints, text: texts.join(''), textStart };
}

/** Every payload readable, checked as the tables load: a payload read later, during a check, can then never fail. */
function checkPayloads(t: PayloadTables, phrases: number, pack: Pack): void {
  if (t.ints.length !== phrases * PAYLOAD_STRIDE || t.textStart.length !== phrases + 1 || t.textStart[0] !== 0 || t.textStart[phrases] !== t.text.length) throw new Error('the payload tables do not match the phrases');
  for (let k = 0; k < phrases; k++) {
    const code = t.ints[k * PAYLOAD_STRIDE]!;
    const term = t.ints[k * PAYLOAD_STRIDE + 1]!;
    if (t.textStart[k + 1]! < t.textStart[k]!) throw new Error(`the payload tables: phrase ${k}'s text is out of order`);
    if (code < 0 || code >= 1 << 7) throw new Error(`the payload tables: phrase ${k} is of no known kind`);
    if (KINDS[code & 3] === 'person' && !PARTS[(code >> 3) & 3]) throw new Error(`the payload tables: phrase ${k} is no part of a name`);
    if (KINDS[code & 3] === 'term' && (term < -1 || term >= pack.terms.length)) throw new Error(`the payload tables: phrase ${k} names a term the pack does not have`);
  }
}

/** Payload k from the tables, made when a phrase is first found (most never are). */
function payloadReader(t: PayloadTables, pack: Pack, builtin: Term): (k: number) => Payload {
  const items = (s: string) => new Set(s ? s.split(TEXT_ITEM) : []);
  return (k) => {
    const code = t.ints[k * PAYLOAD_STRIDE]!;
    const text = t.text.slice(t.textStart[k], t.textStart[k + 1]);
    const kind = KINDS[code & 3]!;
    if (kind === 'person') {
      const [name = '', own = '', initials = ''] = text.split(TEXT_FIELD);
      const role = ROLES[(code >> 2) & 1]!;
      const part = PARTS[(code >> 3) & 3]!;
      return { kind, role, part, name, own: items(own), wordName: (code & WORD_NAME) !== 0, initials: items(initials) };
    }
    if (kind === 'setting') return { kind, everyday: (code & EVERYDAY) !== 0, text };
    if (kind === 'allow') return { kind };
    const index = t.ints[k * PAYLOAD_STRIDE + 1]!;
    return { kind, term: index === -1 ? builtin : pack.terms[index]! };
  };
}

function derivedAlias(name: string): string | null {
  const stripped = name.replace(GENERIC_ENDING, '').trim();
  if (!stripped || stripped === name.trim()) return null;
  const words = phraseTokens(stripped);
  return words.length >= 2 || (words.length === 1 && !isEverydayWord(words[0]!.text)) ? stripped : null;
}

/** The setting's name, its aliases and the name without its generic ending, once each. */
function settingNames(pack: Pack): string[] {
  return [...new Set([pack.setting.name, ...pack.setting.aliases, derivedAlias(pack.setting.name)].filter((n): n is string => !!n))];
}

function addSettingNames(index: PhraseIndex<Payload>, pack: Pack): void {
  for (const name of settingNames(pack)) {
    const tokens = phraseTokens(name);
    // An acronym (LADN) is never an everyday word; a first name that is a word (Willow) is.
    const everyday = tokens.every((t) => !t.upper && (EVERYDAY_EXTRA.has(t.text) || isWordName(t.text) || couldBeEverydayWord(t.text)));
    index.add(tokens, { kind: 'setting', everyday, text: name });
  }
  for (const handle of pack.setting.handles) {
    // A handle is spelt exactly or it is someone else's.
    index.add(phraseTokens(handle.replace(/^@/, '')), { kind: 'setting', everyday: false, text: handle }, { fuzzy: false });
  }
}

/**
 * A full name is one entry per person; a first name or a surname shared by several people
 * on the list is one entry for all of them (their names pooled), so a common first name in a
 * post is judged once, not once per child who has it.
 */
function addPerson(index: PhraseIndex<Payload>, shared: Map<string, Extract<Payload, { kind: 'person' }>>, role: 'child' | 'staff', name: string): void {
  const tokens = phraseTokens(name);
  if (tokens.length === 0) return;
  const own = new Set(tokens.map((t) => t.key));
  const first = tokens[0]!;
  const initials = new Set(tokens.slice(1).map((t) => t.key[0]!));
  // A first name the dictionary also knows as a word, a place or a brand (Maya, Paris, Mercedes)
  // is judged like Rose and Will, not counted wherever it appears.
  const base = { kind: 'person' as const, role, name, own, wordName: isWordName(first.text) || isEverydayWord(first.text), initials };
  const addShared = (part: 'first' | 'surname', words: Token[], wordName = base.wordName) => {
    const key = `${role}|${part}|${words.map((t) => t.key).join(' ')}`;
    const existing = shared.get(key);
    if (existing) {
      for (const k of own) existing.own.add(k);
      for (const k of initials) existing.initials.add(k);
      return;
    }
    const payload = { ...base, wordName, own: new Set(own), initials: new Set(initials), part };
    shared.set(key, payload);
    index.add(words, payload);
  };
  if (tokens.length === 1) return addShared('first', tokens);
  index.add(tokens, { ...base, part: 'full' });
  addShared('first', [first]);
  // A double first name (Lily-Mae, Mary Jane written Mary-Jane) is a name as a whole, even when
  // its first half is a word: "Lily-Mae B wrote her name" is the child.
  const firstWord = phraseTokens(name.trim().split(/\s+/)[0]!);
  if (firstWord.length > 1 && firstWord.length < tokens.length) addShared('first', firstWord, false);
  addShared('surname', phraseTokens(name.trim().split(/\s+/).pop()!));
}

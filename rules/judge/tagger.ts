/**
 * compromise/two, assembled a step at a time (issue 13: no task of ours over 50 ms).
 *
 * Importing compromise/two unpacks and expands its lexicon at module evaluation: about 125 ms in one task, with no
 * way to yield. Here the same work is done by the same functions of compromise, in the same order, split where
 * compromise loops (one packed tag, one conjugation model, a thousand words of the lexicon at a time), so a
 * caller that gives the thread back between steps (compileInSteps) never holds it long. A caller that needs the
 * tagger at once (compile, the CLI, tests) runs all the steps in one go. What comes out is compromise/two's
 * world exactly: tests/rules/tagger.test.ts compares the whole model and the tags of a large word list with
 * compromise/two itself, in a process of its own.
 *
 * The glue below mirrors compromise 14.17.0's src/two.js, src/2-two/preTagger/plugin.js and model/index.js,
 * model/lexicon/index.js, model/models/index.js, model/_expand/index.js, methods/expand/index.js and
 * src/1-one/sweep/methods/buildNet/index.js; an upgrade of compromise that changes them fails that test.
 */
import type nlpTwo from 'compromise/two';
import * as c from './compromise-parts.js';

export type Nlp = typeof nlpTwo;
type Lexicon = Record<string, unknown>;
type Model = {
  one: { _multiCache: Record<string, number>; lexicon: Lexicon; frozenLex: Lexicon };
  two: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
};

/** Words of the lexicon expanded between two yields: a few ms of work, even on a slow machine. */
const WORDS_PER_STEP = 250;

// model/_expand/index.js: the default tag of each ambiguous word.
const SWITCH_DEFAULTS: Record<string, string> = {
  'Actor|Verb': 'Actor',
  'Adj|Gerund': 'Adjective',
  'Adj|Noun': 'Adjective',
  'Adj|Past': 'Adjective',
  'Adj|Present': 'Adjective',
  'Noun|Verb': 'Singular',
  'Noun|Gerund': 'Gerund',
  'Person|Noun': 'Noun',
  'Person|Date': 'Month',
  'Person|Verb': 'FirstName',
  'Person|Place': 'Person',
  'Person|Adj': 'Comparative',
  'Plural|Verb': 'Plural',
  'Unit|Noun': 'Noun',
};

/** model/lexicon/index.js: the packed word lists unpacked, one tag per step. */
function* unpackLexicon(): Generator<void, { lexicon: Lexicon; switches: Record<string, string> }> {
  const lexicon = c.misc as Lexicon;
  const switches: Record<string, string> = {};
  const tmpModel = { two: { irregularPlurals: c.irregularPlurals, uncountable: {} } };
  for (const tag of Object.keys(c.lexData)) {
    const words = c.unpack(c.lexData[tag]!);
    if (!/\|/.test(tag)) {
      for (const w of Object.keys(words)) lexicon[w] = tag;
    } else {
      for (const w of Object.keys(words)) {
        switches[w] = tag;
        if (tag === 'Noun|Verb') switches[c.toPlural(w, tmpModel)] = 'Plural|Verb';
      }
    }
    yield;
  }
  for (const str of c.emoticons) lexicon[str] = 'Emoticon';
  delete lexicon[''];
  delete lexicon[null as unknown as string];
  delete lexicon[' '];
  return { lexicon, switches };
}

/** model/models/index.js: the conjugation models uncompressed, a few per step. */
function* uncompressModels(): Generator<void, Record<string, unknown>> {
  const d = c.modelData;
  const fromPast = c.uncompress(d.PastTense);
  const fromPresent = c.uncompress(d.PresentTense);
  yield;
  const fromGerund = c.uncompress(d.Gerund);
  const fromParticiple = c.uncompress(d.Participle);
  yield;
  const toPast = c.reverse(fromPast);
  const toPresent = c.reverse(fromPresent);
  const toGerund = c.reverse(fromGerund);
  const toParticiple = c.reverse(fromParticiple);
  yield;
  const toComparative = c.uncompress(d.Comparative);
  const toSuperlative = c.uncompress(d.Superlative);
  const fromComparative = c.reverse(toComparative);
  const fromSuperlative = c.reverse(toSuperlative);
  const adjToNoun = c.uncompress(d.AdjToNoun);
  yield;
  return {
    fromPast, fromPresent, fromGerund, fromParticiple, toPast, toPresent, toGerund, toParticiple,
    toComparative, toSuperlative, fromComparative, fromSuperlative, adjToNoun,
  };
}

/**
 * methods/expand/index.js and model/_expand/index.js's expandLexicon: each word's derived forms, WORDS_PER_STEP at
 * a time. One `lex` for the whole pass, as there, so which word's form comes first is unchanged.
 */
function* expandWords(words: Lexicon, model: Model): Generator<void, Model> {
  const lex: Lexicon = {};
  const _multi: Record<string, number> = {};
  const keys = Object.keys(words);
  for (let i = 0; i < keys.length; i++) {
    let word = keys[i]!;
    const tag = words[word];
    word = word.toLowerCase().trim();
    word = word.replace(/'s\b/, '');
    const split = word.split(/ /);
    if (split.length > 1 && (_multi[split[0]!] === undefined || split.length > _multi[split[0]!]!)) _multi[split[0]!] = split.length;
    if (Object.prototype.hasOwnProperty.call(c.byTag, tag as string)) c.byTag[tag as string]!(word, lex, c.preTagMethods, model);
    lex[word] = lex[word] || tag;
    if ((i + 1) % WORDS_PER_STEP === 0) yield;
  }
  delete lex[''];
  delete lex[null as unknown as string];
  delete lex[' '];
  Object.assign(model.one.lexicon, lex);
  Object.assign(model.one._multiCache, _multi);
  return model;
}

/** model/_expand/index.js's expandVariable: conjugations of the ambiguous words, then their own expansion. */
function* expandSwitches(model: Model, tmpModel: unknown): Generator<void, Model> {
  const words: Lexicon = {};
  const lex = model.one.lexicon;
  const expandVerb = (str: string, doPresent: boolean) => {
    const obj = c.conjugate(str, tmpModel);
    lex[obj.PastTense] = lex[obj.PastTense] || 'PastTense';
    lex[obj.Gerund] = lex[obj.Gerund] || 'Gerund';
    if (doPresent === true) lex[obj.PresentTense] = lex[obj.PresentTense] || 'PresentTense';
  };
  const expandAdjective = (str: string) => {
    const sup = c.toSuperlative(str, model);
    lex[sup] = lex[sup] || 'Superlative';
    const comp = c.toComparative(str, model);
    lex[comp] = lex[comp] || 'Comparative';
  };
  const switchWords = model.two.switches as Record<string, string>;
  const keys = Object.keys(switchWords);
  for (let i = 0; i < keys.length; i++) {
    const w = keys[i]!;
    const name = switchWords[w]!;
    words[w] = SWITCH_DEFAULTS[name];
    if (name === 'Noun|Verb' || name === 'Person|Verb' || name === 'Actor|Verb') expandVerb(w, false);
    if (name === 'Adj|Present') {
      expandVerb(w, true);
      expandAdjective(w);
    }
    if (name === 'Person|Adj') expandAdjective(w);
    if (name === 'Adj|Gerund' || name === 'Noun|Gerund') {
      const inf = c.toInfinitive(w, tmpModel, 'Gerund');
      if (!lex[inf]) words[inf] = 'Infinitive';
    }
    if (name === 'Noun|Gerund' || name === 'Adj|Noun' || name === 'Person|Noun') {
      const plur = c.toPlural(w, model);
      lex[plur] = lex[plur] || 'Plural';
    }
    if (name === 'Adj|Past') {
      const inf = c.toInfinitive(w, tmpModel, 'PastTense');
      if (inf !== w && !lex[inf]) words[inf] = 'Infinitive';
    }
    if ((i + 1) % WORDS_PER_STEP === 0) yield;
  }
  return yield* expandWords(words, model);
}

const isUnsafeKey = (key: string) => key === '__proto__' || key === 'constructor' || key === 'prototype';

function* assemble(): Generator<void, Nlp> {
  const { lexicon, switches } = yield* unpackLexicon();
  const models = yield* uncompressModels();
  // model/index.js
  let model: Model = {
    one: { _multiCache: {}, lexicon, frozenLex: c.frozenLex },
    two: {
      irregularPlurals: c.irregularPlurals, models,
      suffixPatterns: c.suffixPatterns, prefixPatterns: c.prefixPatterns, endsWith: c.endsWith, neighbours: c.neighbours,
      regexNormal: c.regexNormal, regexText: c.regexText, regexNumbers: c.regexNumbers,
      switches, clues: c.clues, uncountable: {}, orgWords: c.orgWords, placeWords: c.placeWords,
    },
  };
  // model/_expand/index.js's expand
  const tmpModel = { one: { lexicon: {} }, two: { models } };
  model = yield* expandWords(model.one.lexicon, model);
  for (const k of Object.keys(model.one.lexicon)) {
    if (model.one.lexicon[k] === 'Uncountable') {
      model.two.uncountable[k] = true;
      model.one.lexicon[k] = 'Uncountable';
    }
  }
  yield;
  model = yield* expandSwitches(model, tmpModel);
  for (const a of Object.entries(c.irregularPlurals)) {
    model.one.lexicon[a[0]] = model.one.lexicon[a[0]] || 'Singular';
    model.one.lexicon[a[1]] = model.one.lexicon[a[1]] || 'Plural';
  }
  yield;

  // src/two.js: the plugins in order. The preTagger's lexicon is merged by hand, a slice per step, as mergeDeep
  // would merge it (its values are strings and arrays, assigned as they are), then the model's other parts by the
  // plugin call itself.
  const nlp = c.nlp;
  const target = nlp._world.model.one.lexicon as Lexicon;
  const words = Object.keys(model.one.lexicon);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isUnsafeKey(w)) target[w] = model.one.lexicon[w];
    if ((i + 1) % (WORDS_PER_STEP * 20) === 0) yield;
  }
  yield;
  const { lexicon: _merged, ...restOfOne } = model.one;
  nlp.plugin({ compute: c.preTagCompute, methods: c.preTagMethods, model: { one: restOfOne, two: model.two }, tags: c.preTagTags, hooks: ['preTagger'] });
  yield;
  nlp.plugin(c.contractionTwo);
  nlp.plugin(c.postTag);
  nlp.plugin(c.lazy);
  nlp.plugin(c.swap);
  yield;
  yield* buildPostTaggerNet(nlp);
  return nlp as Nlp;
}

/** Post-tagger patterns parsed between two yields. */
const MATCHES_PER_STEP = 50;

/**
 * The post-tagger's match net, which compromise builds (and keeps to itself) on the first tagging, parsing its 900
 * patterns in one go: here the same parse (sweep's buildNet/01-parse.js) runs MATCHES_PER_STEP patterns a step, and
 * the first tagging is handed the parsed patterns by a stand-in for buildNet that does the rest of what buildNet
 * does (sweep/methods/buildNet/index.js), put back straight after.
 */
function* buildPostTaggerNet(nlp: typeof c.nlp): Generator<void> {
  const world = nlp._world;
  const matches = world.model.two.matches as unknown[];
  for (let i = 0; i < matches.length; i += MATCHES_PER_STEP) {
    c.parseMatches(matches.slice(i, i + MATCHES_PER_STEP), world);
    yield;
  }
  type Parsed = { match: string; needs: string[]; wants: string[] };
  const buildNet = world.methods.one.buildNet;
  world.methods.one.buildNet = (parsed: Parsed[]) => {
    const hooks: Record<string, Parsed[]> = {};
    for (const obj of parsed) {
      for (const str of obj.needs) (hooks[str] = Array.isArray(hooks[str]) ? hooks[str] : []).push(obj);
      for (const str of obj.wants) (hooks[str] = Array.isArray(hooks[str]) ? hooks[str] : []).push(obj);
    }
    for (const k of Object.keys(hooks)) {
      const already: Record<string, boolean> = {};
      hooks[k] = hooks[k]!.filter((obj) => {
        if (typeof already[obj.match] === 'boolean') return false;
        already[obj.match] = true;
        return true;
      });
    }
    return { hooks, always: parsed.filter((o) => o.needs.length === 0 && o.wants.length === 0) };
  };
  try {
    nlp('a').json();
  } finally {
    world.methods.one.buildNet = buildNet;
  }
}

/**
 * How far the assembly has gone, kept on compromise's own nlp: compromise has one world per copy of its modules, so
 * the state goes with that world, even where this module is evaluated again over the same copy (tests that reset
 * their modules while compromise's stay loaded).
 */
type State = { steps: Generator<void, Nlp> | null; ready: Nlp | null };
const STATE = Symbol.for('second-look.tagger');
const state: State = ((c.nlp as unknown as Record<symbol, State>)[STATE] ??= { steps: null, ready: null });

/** The tagger, built a step at a time with a yield between steps; at once if it is already built. */
export function* taggerSteps(): Generator<void, Nlp> {
  state.steps ??= assemble();
  while (!state.ready) {
    const step = state.steps.next();
    if (step.done) state.ready = step.value;
    else yield;
  }
  return state.ready;
}

/** The tagger now: the steps not yet run are run at once. */
export function tagger(): Nlp {
  if (state.ready) return state.ready;
  const all = taggerSteps();
  for (let s = all.next(); !s.done; s = all.next());
  return state.ready!;
}

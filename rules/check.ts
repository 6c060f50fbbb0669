/**
 * normalise → match → judge → findings. `compile(pack)` once, then `check(text)` for every
 * post: pure, synchronous, no DOM and no browser API, so the content script, the options
 * page, the command line and the tests all share it. The cue judges run in this order because
 * later ones read what earlier ones found (a child named makes a health detail confidential);
 * then the judgement models weigh the cues for the categories that need judgement.
 */
import { type Compiled, compilePack, compileSteps, fromTables, fromTablesSteps } from './compile';
import { type PackTables, readTables, readTablesSteps } from './tables';
import { judgeConfidential } from './judge/confidential';
import { judgeDerogatory } from './judge/derogatory';
import { judgeLinksAndPersonalInfo } from './judge/links';
import { judgePhrases } from './judge/phrases';
import { judgePolitical } from './judge/political';
import { judgeProfanity } from './judge/profanity';
import { judgeRegexTerms } from './judge/regex-terms';
import { settle } from './judge/settle';
import { judgeWhereYouWork } from './judge/where-you-work';
import { judgeWorkTalk } from './judge/work-talk';
import { taggerSteps } from './judge/tagger';
import { WORD_PATTERNS } from './lexicon/pattern';
import { prepareGates } from './match/word-gate';
import { prepareCueFinder } from './judge/evidence/cue-finder';
import { weigh } from './judge/evidence/weigh';
import { MODELS } from './judge/evidence/weights';
import { Run } from './run';
import type { Finding, Pack } from './types';

export interface Checker {
  readonly pack: Pack;
  /** What the pack compiled to, as tables: rules/tables.ts storeTables makes them ready to store. */
  readonly tables: PackTables;
  check(text: string): Finding[];
}

function checker(compiled: Compiled): Checker {
  return { pack: compiled.pack, tables: compiled.tables, check: (text) => runCheck(compiled, text) };
}

export function compile(pack: Pack): Checker {
  return checker(compilePack(pack));
}

/**
 * What the first check (and compiling) would otherwise build in one go, in short steps (issue 13): the language
 * tagger (judge/tagger.ts), then the word patterns' gates, then the cue finder's index. Once built, nothing is left to do.
 */
export function* prepareInSteps(): Generator<void> {
  yield* taggerSteps();
  yield* prepareGates(WORD_PATTERNS);
  yield* prepareCueFinder();
}

/**
 * compile in short steps with a yield between them, for a caller that gives the thread back meanwhile (compileSteps),
 * after prepareInSteps: compiling asks the tagger about the setting's names.
 */
export function* compileInSteps(pack: Pack): Generator<void, Checker> {
  yield* prepareInSteps();
  return checker(yield* compileSteps(pack));
}

/**
 * The checker from stored tables (rules/tables.ts) instead of compiling: `storedPack` is the pack as storage holds
 * it, `pack` the same parsed. Throws why the tables cannot be used (missing, stale, damaged); the caller compiles.
 */
export function loadTables(pack: Pack, stored: unknown, storedPack: unknown): Checker {
  return checker(fromTables(pack, readTables(stored, storedPack)));
}

/** loadTables in short steps with a yield between them, for a caller that gives the thread back meanwhile. */
export function* loadTablesInSteps(pack: Pack, stored: unknown, storedPack: unknown): Generator<void, Checker> {
  const tables = yield* readTablesSteps(stored, storedPack);
  return checker(yield* fromTablesSteps(pack, tables));
}

export function runCheck(c: Compiled, text: string): Finding[] {
  if (!text.trim()) return [];
  const run = findCues(c, text);
  return settle(weigh(run, run.out, MODELS), run.allow);
}

/** Every cue judge over the text: the findings before any model has weighed them. */
export function findCues(c: Compiled, text: string): Run {
  const run = new Run(c, text);
  const settingLinks = judgeLinksAndPersonalInfo(run);
  judgePhrases(run);
  judgeProfanity(run);
  judgeDerogatory(run);
  judgeConfidential(run);
  judgePolitical(run);
  judgeWorkTalk(run);
  judgeWhereYouWork(run, settingLinks);
  judgeRegexTerms(run);
  return run;
}

/**
 * normalise → match → judge → findings. `compile(pack)` once, then `check(text)` for every
 * post: pure, synchronous, no DOM and no browser API, so the content script, the options
 * page, the command line and the tests all share it. The cue judges run in this order because
 * later ones read what earlier ones found (a child named makes a health detail confidential);
 * then the judgement models weigh the cues for the categories that need judgement.
 */
import { type Compiled, compilePack, compileSteps } from './compile';
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
import { weigh } from './judge/evidence/weigh';
import { MODELS } from './judge/evidence/weights';
import { Run } from './run';
import type { Finding, Pack } from './types';

export interface Checker {
  readonly pack: Pack;
  check(text: string): Finding[];
}

export function compile(pack: Pack): Checker {
  const compiled = compilePack(pack);
  return { pack, check: (text) => runCheck(compiled, text) };
}

/** compile in short steps with a yield between them, for a caller that gives the thread back meanwhile (compileSteps). */
export function* compileInSteps(pack: Pack): Generator<void, Checker> {
  const compiled = yield* compileSteps(pack);
  return { pack, check: (text) => runCheck(compiled, text) };
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

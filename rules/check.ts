/**
 * normalise → match → judge → findings. `compile(pack)` once, then `check(text)` for every
 * post: pure, synchronous, no DOM and no browser API, so the content script, the options
 * page, the command line and the tests all share it. Judges run in this order because later
 * ones read what earlier ones found (a child named makes a health detail confidential).
 */
import { type Compiled, compilePack } from './compile';
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

export function runCheck(c: Compiled, text: string): Finding[] {
  if (!text.trim()) return [];
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
  return settle(run.out, run.allow);
}

/**
 * `npx tsx bench/stages.ts [demo|large] [length]`: where a check's time goes, stage by stage
 * (median µs over many runs, the Aho-Corasick floor beside them). The Run is built a second
 * time after fold, tokenise and stream are timed alone, and not counted twice.
 */
import { parsePack, demoPack } from '../rules';
import { compilePack } from '../rules/compile';
import { Run } from '../rules/run';
import { fold } from '../rules/normalise/fold';
import { tokenise } from '../rules/normalise/tokenise';
import { toStream } from '../rules/normalise/stream';
import { judgeLinksAndPersonalInfo } from '../rules/judge/links';
import { judgePhrases } from '../rules/judge/phrases';
import { judgeProfanity } from '../rules/judge/profanity';
import { judgeDerogatory } from '../rules/judge/derogatory';
import { judgeConfidential } from '../rules/judge/confidential';
import { judgePolitical } from '../rules/judge/political';
import { judgeWorkTalk } from '../rules/judge/work-talk';
import { judgeWhereYouWork } from '../rules/judge/where-you-work';
import { judgeRegexTerms } from '../rules/judge/regex-terms';
import { weightTable } from '../rules/judge/evidence/table';
import { weigh } from '../rules/judge/evidence/weigh';
import { settle } from '../rules/judge/settle';
import { MODELS } from '../rules/judge/evidence/weights';
import { largePack, postOfLength } from './fixtures';
import { AhoCorasick, packPhrases } from './floor';

const pack = process.argv[2] === 'demo' ? demoPack : (parsePack(largePack()) as { ok: true; pack: typeof demoPack }).pack;
const length = Number(process.argv[3] ?? 280);
const c = compilePack(pack);
const text = postOfLength(length, length);
const floor = new AhoCorasick(packPhrases(pack));
const stages = new Map<string, number[]>();
let last = 0;
const lap = (name: string) => { const now = performance.now(); let l = stages.get(name); if (!l) stages.set(name, (l = [])); l.push(now - last); last = now; };
const runs = length > 5000 ? 100 : 3000;
for (let r = 0; r < runs; r++) {
  last = performance.now();
  const f = fold(text); lap('fold');
  const tokens = tokenise(f); lap('tokenise');
  toStream(tokens, f.text); lap('stream');
  const run = new Run(c, text); lap('(Run: the three again, not summed)');
  const links = judgeLinksAndPersonalInfo(run); lap('links+personal');
  judgePhrases(run); lap('phrases (index+names)');
  judgeProfanity(run); lap('profanity');
  judgeDerogatory(run); lap('derogatory');
  judgeConfidential(run); lap('confidential');
  judgePolitical(run); lap('political');
  judgeWorkTalk(run); lap('work-talk');
  judgeWhereYouWork(run, links); lap('where-you-work');
  judgeRegexTerms(run); lap('regex-terms');
  void run.cues; lap('cues (cue classes)');
  weightTable(MODELS).known(run, run.out, c.termIds); lap('evidence (known features)');
  const w = weigh(run, run.out, MODELS); lap('weigh (evidence again + models)');
  settle(w, run.allow); lap('settle');
  floor.count(text); lap('FLOOR aho-corasick');
}
const med = (l: number[]) => { const s = [...l].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
let total = 0;
for (const [name, l] of stages) { const m = med(l) * 1000; if (!name.startsWith('FLOOR') && !name.startsWith('(')) total += m; console.log(`${name.padEnd(36)} ${m.toFixed(1).padStart(8)} µs`); }
console.log(`${'sum of check stages'.padEnd(36)} ${total.toFixed(1).padStart(8)} µs`);

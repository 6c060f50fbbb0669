/**
 * The finished engine on each training author's posts as a new user would meet it: for each
 * author, the models are trained without them (train-judges.ts with EXCLUDE, weights to a
 * scratch file), then that author's corpus is scored with those weights. Prints the dialog
 * rates and per-category precision/recall per author, and the pooled rates.
 *
 *   npx tsx scripts/leave-one-author-out.ts [author ...]     (JOBS=2 trains two at once; DIR=.tmp/loao)
 *
 * Training corpora only: sealed corpora are never read. Takes a few minutes per author.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type PackedModels, unpackModels } from '../rules/judge/evidence/model';
import { MODELS } from '../rules/judge/evidence/weights';
import { CORPORA } from '../tests/corpus/corpora';
import { formatScore, type Score, scoreCorpus } from '../tests/rules/corpus-score';

const DIR = process.env.DIR ?? '.tmp/loao';
const args = process.argv.slice(2);

if (args[0] === '--score') {
  // One author's corpus scored with the weights trained without them (a fresh process, so no cache holds other weights).
  const [, author, weights] = args;
  Object.assign(MODELS, unpackModels(JSON.parse(readFileSync(weights!, 'utf8')) as PackedModels));
  const corpus = CORPORA.find((c) => c.author === author && c.role === 'train')!;
  const s = scoreCorpus(corpus);
  console.log(formatScore(`${corpus.file} [held out: ${author}]`, s));
  writeFileSync(`${DIR}/${author}.score.json`, JSON.stringify({ ...s, mistakes: undefined }));
  process.exit(0);
}

const train = CORPORA.filter((c) => c.role === 'train');
const authors = args.length ? args : [...new Set(train.map((c) => c.author))];
mkdirSync(DIR, { recursive: true });

function trainWithout(author: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn('npx', ['tsx', 'scripts/train-judges.ts'], { env: { ...process.env, EXCLUDE: author, OUT: `${DIR}/${author}.json` }, stdio: ['ignore', 'ignore', 'inherit'] });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`training without ${author} failed (${code})`))));
  });
}

const jobs = Number(process.env.JOBS ?? 1);
const queue = [...authors];
await Promise.all(Array.from({ length: jobs }, async () => {
  for (let a = queue.shift(); a; a = queue.shift()) {
    await trainWithout(a);
    console.log(execFileSync('npx', ['tsx', 'scripts/leave-one-author-out.ts', '--score', a, `${DIR}/${a}.json`], { env: { ...process.env, DIR }, encoding: 'utf8' }).trimEnd());
  }
}));

// Pooled over the authors held out: the two rates, and precision/recall per category.
const scores = authors.map((a) => JSON.parse(readFileSync(`${DIR}/${a}.score.json`, 'utf8')) as Score);
const sum = (f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0);
const pct = (n: number, d: number) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '0.0'}%)`;
console.log(`\npooled over ${authors.join(', ')}: dialog on ${pct(sum((s) => s.cleanWarned), sum((s) => s.cleanPosts))} clean; silent on ${pct(sum((s) => s.breachSilent), sum((s) => s.breachPosts))} breaches`);
const categories = Object.keys(scores[0]!.perCategory);
for (const c of categories) {
  const tp = sum((s) => s.perCategory[c]!.tp), fp = sum((s) => s.perCategory[c]!.fp), fn = sum((s) => s.perCategory[c]!.fn);
  if (tp + fp + fn) console.log(`  ${c.padEnd(20)} precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}  recall ${(tp / Math.max(1, tp + fn)).toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
}

/**
 * `npx tsx bench/ab.ts <other worktree> [demo|large]`: this tree's engine and another commit's
 * (a `git worktree add` of it, with node_modules and .wxt copied in) in one process, their checks
 * interleaved one by one, so that both see the same load on a shared machine; separate runs of
 * `npm run bench` minutes apart do not (at a load of 20 a 280-character check's median moved
 * 0.3 → 15 ms while its minimum stayed 0.29). Prints min, p10 and median of each, and their ratio.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as here from '../rules';
import { largePack, postOfLength } from './fixtures';

type Engine = typeof here;
const other = process.argv[2];
if (!other) throw new Error('usage: npx tsx bench/ab.ts <path of the other worktree> [demo|large]');
const there = (await import(pathToFileURL(path.resolve(other, 'rules/index.ts')).href)) as Engine;
const json = process.argv[3] === 'demo' ? undefined : largePack();
const checker = (e: Engine) => e.compile(json === undefined ? e.demoPack : (e.parsePack(json) as { ok: true; pack: here.Pack }).pack);
const a = checker(there);
const b = checker(here);
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
const q = (l: number[], p: number) => [...l].sort((x, y) => x - y)[Math.floor(l.length * p)]!;
console.log(`load average ${load()} on ${os.cpus().length} cores; A = ${other}, B = this tree; ${json === undefined ? 'demo' : 'large'} pack`);
for (const length of [280, 2000, 20000]) {
  const text = postOfLength(length, length);
  if (JSON.stringify(a.check(text)) !== JSON.stringify(b.check(text))) console.log(`  ${length} chars: the two find different things`);
  for (let i = 0; i < 5; i++) { a.check(text); b.check(text); }
  const ta: number[] = [];
  const tb: number[] = [];
  const runs = length > 5000 ? 100 : length > 1000 ? 600 : 4000;
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always runs on the other's warm caches.
    const [first, firstTimes, second, secondTimes] = i % 2 ? [a, ta, b, tb] : [b, tb, a, ta];
    let t = performance.now();
    first.check(text);
    firstTimes.push(performance.now() - t);
    t = performance.now();
    second.check(text);
    secondTimes.push(performance.now() - t);
  }
  const cells = (l: number[]) => `min ${q(l, 0).toFixed(3)}  p10 ${q(l, 0.1).toFixed(3)}  median ${q(l, 0.5).toFixed(3)} ms`;
  console.log(`  ${String(length).padStart(5)} chars  A ${cells(ta)}  |  B ${cells(tb)}  |  B/A median ${(q(tb, 0.5) / q(ta, 0.5)).toFixed(2)}, min ${(q(tb, 0) / q(ta, 0)).toFixed(2)}`);
}
console.log(`load average ${load()}`);

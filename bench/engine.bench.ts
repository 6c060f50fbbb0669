/**
 * `npm run bench`: how long the engine takes, measured, not asserted. Prints median and p95
 * per check for posts of 280, 2,000 and 20,000 characters with the demo pack and a large pack,
 * the cost of loading each pack (parsing it, compiling it, or loading its stored tables instead) and the heap it
 * holds each way, adversarial 20,000-character tokens (the worst case of every
 * pattern run over post text), and compromise's own time on the same texts for comparison.
 */
import os from 'node:os';
// The engine's own compromise/two (assembled in steps by judge/tagger.ts): importing compromise/two as well would plug
// its plugins into the same world a second time.
import { tagger } from '../rules/judge/tagger';
import { compile, demoPack, loadTables, parsePack, storeTables } from '../rules';
import demoPackJson from '../rules/pack/demo-pack.json';
import { adversarialPosts, largePack, postOfLength } from './fixtures';
import { AhoCorasick, packPhrases } from './floor';

/**
 * Wall-clock median and p95, and the process's CPU time per run (its mean): on a machine shared
 * with other work the wall clock counts time spent waiting for a core, the CPU time does not.
 */
function measure(run: () => void, minRuns: number, minMs: number): { median: number; p95: number; runs: number; cpu: number } {
  for (let i = 0; i < 3; i++) run(); // warm up the JIT
  const times: number[] = [];
  const until = performance.now() + minMs;
  const cpuStart = process.cpuUsage();
  while (times.length < minRuns || performance.now() < until) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpuStart);
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]!, runs: times.length, cpu: (cpu.user + cpu.system) / 1000 / times.length };
}

const ms = (x: number) => `${x.toFixed(3)} ms`;
const row = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(34) : c.padStart(14))).join(''));

const large = largePack();
const packs = [
  { name: 'demo pack', json: demoPackJson as unknown },
  { name: 'large pack (2000/200/500/20)', json: large },
];

console.log(`Second Look engine benchmark: Node ${process.version}, ${new Date().toISOString()}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores\n`);
row(['pack loading', 'median', 'p95', 'runs', 'cpu / run']);
for (const p of packs) {
  const text = JSON.stringify(p.json);
  const parse = () => {
    const result = parsePack(text);
    if (!result.ok) throw new Error(result.errors.join('; '));
    return result.pack;
  };
  const pack = parse();
  // The tables as a tab finds them in storage: through JSON (rules/tables.ts).
  const stored = JSON.parse(JSON.stringify(storeTables(compile(pack).tables, p.json))) as unknown;
  const storedPack = JSON.parse(text) as unknown;
  const cells = (r: ReturnType<typeof measure>) => [ms(r.median), ms(r.p95), String(r.runs), ms(r.cpu)];
  row([`  ${p.name} (${(text.length / 1024).toFixed(0)} KiB)`, '', '', '', '']);
  row(['    parse', ...cells(measure(parse, 10, 1500))]);
  row(['    compile (a tab without tables)', ...cells(measure(() => compile(pack), 10, 1500))]);
  row(['    load its tables instead', ...cells(measure(() => loadTables(pack, stored, storedPack), 10, 1500))]);
  row([`    tables stored: ${((JSON.stringify(stored).length) / 1024).toFixed(0)} KiB of text`, '', '', '', '']);
}
// Heap a compiled pack holds (run with --expose-gc, as `npm run bench` does), compiled or loaded from its tables.
const gc = (globalThis as { gc?: () => void }).gc;
const held: unknown[] = [];
if (gc) {
  for (const p of packs) {
    const pack = (parsePack(p.json) as { ok: true; pack: typeof demoPack }).pack;
    const stored = JSON.parse(JSON.stringify(storeTables(compile(pack).tables, p.json))) as unknown;
    for (const [how, make] of [['compiled', () => compile(pack)], ['from tables', () => loadTables(pack, stored, p.json)]] as const) {
      gc(); gc();
      const before = process.memoryUsage().heapUsed;
      const kept = make();
      kept.check('Lovely day with little Oliver at Little Acorns');
      gc(); gc();
      const after = process.memoryUsage().heapUsed;
      row([`  heap held, ${p.name}, ${how}`, `${((after - before) / 2 ** 20).toFixed(2)} MiB`, '', '']);
      // Every checker measured stays reachable: one let go would be collected inside the next one's measurement.
      held.push(kept);
    }
  }
}

console.log('');
row(['check(text) / floor', 'median', 'p95', 'runs', 'floor median', '× floor', 'cpu / run', 'cpu × floor']);
for (const p of packs) {
  const pack = p.name === 'demo pack' ? demoPack : (parsePack(p.json) as { ok: true; pack: typeof demoPack }).pack;
  const checker = compile(pack);
  const floor = new AhoCorasick(packPhrases(pack));
  for (const length of [280, 2000, 20000]) {
    const text = postOfLength(length, length);
    const r = measure(() => checker.check(text), length > 5000 ? 30 : 200, 2000);
    const f = measure(() => floor.count(text), length > 5000 ? 30 : 200, 500);
    row([`  ${length} chars, ${p.name}`, ms(r.median), ms(r.p95), String(r.runs), ms(f.median), `${(r.median / f.median).toFixed(1)}×`, ms(r.cpu), `${(r.cpu / f.cpu).toFixed(1)}×`]);
  }
}

console.log('');
// One long token of each shape a quadratic pattern chokes on: every check must stay linear in the text.
// Each is also timed at 10,000 characters: twice the text should cost twice, not four times.
row(['adversarial 20,000 chars, large pack', 'median', 'p95', 'runs', '10,000 chars', '20k / 10k', 'cpu / run', 'cpu 20k / 10k']);
const largeChecker = compile((parsePack(large) as { ok: true; pack: typeof demoPack }).pack);
const half = adversarialPosts(10000);
for (const [name, text] of Object.entries(adversarialPosts(20000))) {
  const r = measure(() => largeChecker.check(text), 5, 1000);
  const h = measure(() => largeChecker.check(half[name]!), 5, 500);
  row([`  ${name}`, ms(r.median), ms(r.p95), String(r.runs), ms(h.median), `${(r.median / h.median).toFixed(1)}×`, ms(r.cpu), `${(r.cpu / h.cpu).toFixed(1)}×`]);
}

console.log('');
row(["compromise/two alone: nlp(text).json()", 'median', 'p95', 'runs']);
for (const length of [280, 2000, 20000]) {
  const text = postOfLength(length, length);
  const nlp = tagger();
  const r = measure(() => nlp(text).json(), length > 5000 ? 10 : 50, 2000);
  row([`  ${length} chars`, ms(r.median), ms(r.p95), String(r.runs)]);
}

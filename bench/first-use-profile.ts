/**
 * Where the longest task of a composer's first use goes: traces the first use (focus, engine loaded, pack loaded,
 * a few words typed) with the V8 sampling profiler on, and prints each task over 20 ms with the functions its samples
 * fell in (self time, and the outermost function of ours on the stack). Run after `VITE_SECOND_LOOK_TIMINGS=1 wxt build`:
 * npx tsx bench/first-use-profile.ts [large|demo] [runs]
 */
import type { CDPSession } from 'playwright-core';
import { buildFixtures } from '../tests/e2e/build-fixtures';
import { EXTENSION_DIR, launchWithExtension, routeFixtures } from '../tests/e2e/harness/chromium';
import { largePack } from './fixtures';

const COMPOSER = 'https://x.com/home';
const EDITOR = '[data-surface="x-home"] [data-testid="tweetTextarea_0"]';
const which = process.argv[2] ?? 'large';
const runs = Number(process.argv[3] ?? 3);
const DIR = process.env.BENCH_EXTENSION_DIR ?? EXTENSION_DIR;

interface Ev { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: any }
interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }

async function trace(cdp: CDPSession, fn: () => Promise<void>): Promise<Ev[]> {
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReturnAsStream' });
  await fn();
  const done = new Promise<{ stream?: string }>((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let text = '';
  for (;;) {
    const c = await cdp.send('IO.read', { handle: stream! });
    text += c.base64Encoded ? Buffer.from(c.data, 'base64').toString() : c.data;
    if (c.eof) break;
  }
  const p = JSON.parse(text);
  return Array.isArray(p) ? p : p.traceEvents;
}

async function main() {
  await buildFixtures();
  const context = await launchWithExtension(true, true, [], DIR);
  await routeFixtures(context);
  const page = await context.newPage();
  await page.bringToFront();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await page.waitForTimeout(2000);
  if (which === 'large') await worker.evaluate(`chrome.storage.local.set(${JSON.stringify({ 'pack.active': largePack(), 'pack.source': 'bench' })})`);
  for (let run = 0; run < runs; run++) {
    await page.goto(COMPOSER, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const events = await trace(cdp, async () => {
      await page.click(EDITOR);
      await page.waitForFunction(() => performance.getEntriesByName('second-look:engine-ready')[0], null, { timeout: 30_000, polling: 10 });
      await page.keyboard.type('Lovely day with little Oliver at Little Acorns! ', { delay: 20 });
      await page.waitForTimeout(500);
    });
    const { profile } = await cdp.send('Profiler.stop');
    const tables = await worker.evaluate(`chrome.storage.local.get('pack.tables').then((g) => !!g['pack.tables'])`);
    const frames = events.flatMap((e) => (e.name === 'TracingStartedInBrowser' ? (e.args?.data?.frames ?? []) : []));
    const pid = frames.find((f: any) => !f.parent && f.url.startsWith(COMPOSER))?.processId;
    const tid = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
    const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && (e.tdur ?? 0) > 15_000);
    const nodes = new Map<number, Node>((profile.nodes as Node[]).map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
    const times: number[] = [];
    let t = profile.startTime;
    for (const d of profile.timeDeltas!) times.push((t += d));
    console.log(`run ${run} (tables stored after: ${tables}): tasks over 20 ms:`, tasks.map((e) => `${(e.dur! / 1000).toFixed(1)}/${(e.tdur! / 1000).toFixed(1)}cpu`).join(', '));
    for (const task of tasks) {
      const inner = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= task.ts && e.ts < task.ts + task.dur! && e !== task && (e.tdur ?? e.dur ?? 0) > 2000);
      console.log(`  task ${(task.dur! / 1000).toFixed(1)} ms, cpu ${(task.tdur! / 1000).toFixed(1)}:`, inner.slice(0, 12).map((e) => `${e.name}${e.args?.data?.url ? ' ' + String(e.args.data.url).split('/').pop() : ''}${e.args?.data?.functionName ? ' ' + e.args.data.functionName : ''} ${(e.dur! / 1000).toFixed(1)}/${((e.tdur ?? 0) / 1000).toFixed(1)}`).join(' | '));
      const self = new Map<string, number>();
      const ours = new Map<string, number>();
      profile.samples!.forEach((id, i) => {
        if (times[i] < task.ts || times[i] > task.ts + task.dur!) return;
        const n = nodes.get(id)!;
        const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + 1);
        // the chain of our frames, outermost 4 under the root
        const chain: string[] = [];
        for (let c: number | undefined = id; c !== undefined; c = parent.get(c)) {
          const f = nodes.get(c)!.callFrame;
          if (f.url.includes('chrome-extension')) chain.unshift(`${f.functionName || '(anon)'}:${f.lineNumber}`);
        }
        const k2 = chain.slice(0, 6).join(' > ') || '(not ours)';
        ours.set(k2, (ours.get(k2) ?? 0) + 1);
      });
      const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `      ${(v * 0.2).toFixed(1)} ms ${k}`).join('\n');
      console.log('    self:\n' + top(self, 12));
      console.log('    our stacks:\n' + top(ours, 10));
    }
    await cdp.detach();
  }
  await context.close();
}
main().catch((e) => { console.error(e); process.exit(1); });

/**
 * What the extension costs a page, from a real Chromium, with and without the extension in the same run, interleaved
 * load by load: long tasks, script time and load event on a page with no composer and on one with a composer; heap
 * per tab (demo pack and the large pack, before and after the composer is used); first focus → engine ready;
 * post click → dialog for 280 and 5,000 characters; input → next frame while typing 3,000 characters (X and Facebook).
 * Run: npm run bench:content (RUNS=15 by default; BENCH_PARTS=first-use,dialog for some parts only; BENCH_EXTENSION_DIR=<dir> measures another build, e.g. an older one).
 */
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { buildFixtures } from '../tests/e2e/build-fixtures';
import { EXTENSION_DIR, launchWithExtension, routeFixtures } from '../tests/e2e/harness/chromium';
import { READ_DIALOG } from '../tests/e2e/harness/page-probes';
import { waitShadow } from '../tests/e2e/harness/shadow';
import { largePack, postOfLength } from './fixtures';

const RUNS = Math.max(15, Number(process.env.RUNS ?? 15));
/** BENCH_PARTS=dialog,typing runs only those parts (loads, heap, first-use, dialog, typing); all by default. */
const ONLY = process.env.BENCH_PARTS?.split(',');
const DIR = process.env.BENCH_EXTENSION_DIR ? resolve(process.env.BENCH_EXTENSION_DIR) : EXTENSION_DIR;
const EMPTY = 'https://x.com/__empty';
const COMPOSER = 'https://x.com/home';
const EDITOR = '[data-surface="x-home"] [data-testid="tweetTextarea_0"]';
const BUTTON = '[data-surface="x-home"] [data-testid="tweetButtonInline"]';
const FLAGGED = 'Lovely day with little Oliver at Little Acorns! ';
/** After the load event, how long to keep watching for work of ours (document_idle runs up to a few hundred ms later). */
const SETTLE_MS = 1500;
const TYPED_CHARS = 3000;
const TYPE_CHUNK = 200;
const FRAME_MS = 1000 / 60;

type Stats = { n: number; median: number; p95: number; max: number };
function stats(xs: number[]): Stats | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: +q(0.5).toFixed(2), p95: +q(0.95).toFixed(2), max: +s.at(-1)!.toFixed(2) };
}

/** Main-world probes, installed before any page script: long tasks, and input → next frame for every input event. */
const PROBES = `(() => {
  window.__longTasks = [];
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask' }); } catch {}
  window.__inputFrames = [];
  addEventListener('input', (e) => { const t = e.timeStamp; requestAnimationFrame(() => window.__inputFrames.push(performance.now() - t)); }, true);
})()`;

interface Side {
  name: 'with' | 'without';
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/**
 * The welcome page the install opens would be the window's front tab, and Chromium draws a tab behind it about once a
 * second: every frame-timed figure would be a second. Closed, as a person would close it.
 */
async function closeWelcome(context: BrowserContext): Promise<void> {
  for (const end = Date.now() + 10_000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (welcome) return welcome.close();
  }
  throw new Error('the install did not open the welcome page within 10 s');
}

async function side(name: Side['name']): Promise<Side> {
  const context = await launchWithExtension(true, name === 'with', [], DIR);
  await routeFixtures(context);
  await context.addInitScript(PROBES);
  if (name === 'with') await closeWelcome(context);
  const page = await context.newPage();
  // The tab being written in is the one in front, as for a person: a tab behind another renders at one frame a second.
  await page.bringToFront();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { name, context, page, cdp };
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  return (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)!.value;
}

/** One page load: its long tasks, script and task time (every world, ours included) and its load event. */
async function loadOnce(s: Side, url: string) {
  await s.page.goto(url, { waitUntil: 'load' });
  await s.page.waitForTimeout(SETTLE_MS);
  // The renderer's counters start again with each document, so the value after the load is this load's.
  const script = (await metric(s.cdp, 'ScriptDuration')) * 1000;
  const task = (await metric(s.cdp, 'TaskDuration')) * 1000;
  const { longTasks, load } = await s.page.evaluate(() => ({
    longTasks: (window as unknown as { __longTasks: number[] }).__longTasks,
    load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  }));
  return { script, task, load, longest: Math.max(0, ...longTasks), longTotal: longTasks.reduce((a, b) => a + b, 0), longCount: longTasks.length };
}

async function pageLoads(sides: Side[], url: string) {
  const rows = Object.fromEntries(sides.map((s) => [s.name, [] as Awaited<ReturnType<typeof loadOnce>>[]]));
  for (let i = 0; i < RUNS; i++) for (const s of i % 2 ? [...sides].reverse() : sides) rows[s.name].push(await loadOnce(s, url));
  const out: Record<string, unknown> = {};
  for (const s of sides) {
    const r = rows[s.name];
    out[`${s.name} extension`] = {
      'longest task (ms)': stats(r.map((x) => x.longest)),
      'long tasks per load': stats(r.map((x) => x.longCount)),
      'long task time per load (ms)': stats(r.map((x) => x.longTotal)),
      'script time per load (ms)': stats(r.map((x) => x.script)),
      'task time per load (ms)': stats(r.map((x) => x.task)),
      'load event end (ms)': stats(r.map((x) => x.load)),
    };
  }
  return out;
}

async function heapMb(s: Side): Promise<number> {
  await s.cdp.send('HeapProfiler.collectGarbage');
  return (await s.cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
}

/** Whether the build injects the engine on first use (else it is a manifest content script, there at document_idle). */
let lazyEngine = true;

/** Focuses the composer of the loaded page; the time until the engine is ready, where it is loaded on first use. */
async function useComposer(s: Side): Promise<number | null> {
  await s.page.click(EDITOR);
  if (s.name === 'without' || !lazyEngine) return null;
  const ready = await s.page
    .waitForFunction(() => performance.getEntriesByName('second-look:engine-ready')[0]?.duration, null, { timeout: 30_000, polling: 10 })
    .then((h) => h.jsonValue() as Promise<number>)
    .catch(() => null);
  return ready;
}

async function heapAndReady(sides: Side[], packName: string) {
  const before: Record<string, number[]> = { with: [], without: [] };
  const after: Record<string, number[]> = { with: [], without: [] };
  const ready: number[] = [];
  const runs = Math.ceil(RUNS / 3);
  for (let i = 0; i < runs; i++) {
    for (const s of sides) {
      await s.page.goto(COMPOSER, { waitUntil: 'load' });
      await s.page.waitForTimeout(SETTLE_MS);
      before[s.name].push(await heapMb(s));
      const ms = await useComposer(s);
      if (ms !== null) ready.push(ms);
      await s.page.waitForTimeout(300);
      after[s.name].push(await heapMb(s));
    }
  }
  const d = (xs: Record<string, number[]>) => stats(xs.with.map((w, i) => w - xs.without[i]));
  return {
    [`heap per tab, extension minus none, ${packName}, page loaded (MB)`]: d(before),
    [`heap per tab, extension minus none, ${packName}, after the composer is used (MB)`]: d(after),
    [`first focus → engine ready, ${packName} (ms)`]: ready.length ? stats(ready) : 'no engine-ready mark: this build loads the engine at document_idle, before any focus',
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string; data?: { frames?: { url: string; processId: number; parent?: string }[] } };
}

/** Records a Chromium trace (devtools.timeline) around fn: every task the tab's renderer main thread ran, ours included. */
async function traced(s: Side, fn: () => Promise<void>): Promise<TraceEvent[]> {
  await s.cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReturnAsStream' });
  await fn();
  const done = new Promise<{ stream?: string }>((resolve) => s.cdp.once('Tracing.tracingComplete', resolve));
  await s.cdp.send('Tracing.end');
  const { stream } = await done;
  let text = '';
  for (;;) {
    const chunk = await s.cdp.send('IO.read', { handle: stream! });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await s.cdp.send('IO.close', { handle: stream! });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** The longest task (ms) on the main thread of the renderer drawing url; the Long Tasks API misses some of ours. */
function longestTask(events: TraceEvent[], url: string): number {
  const frames = events.flatMap((e) => (e.name === 'TracingStartedInBrowser' ? (e.args?.data?.frames ?? []) : []));
  const pid = frames.find((f) => !f.parent && f.url.startsWith(url))?.processId;
  const tid = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  if (pid === undefined || tid === undefined) throw new Error(`no renderer main thread for ${url} in the trace`);
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask');
  return Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000));
}

/**
 * The first use of a composer, traced: focus, the engine loaded and the pack compiled, then a few words typed and
 * checked. The longest task of the renderer's main thread in that time, with and without the extension.
 */
async function firstUse(sides: Side[], packName: string) {
  const longest: Record<string, number[]> = { with: [], without: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const s of i % 2 ? [...sides].reverse() : sides) {
      await s.page.goto(COMPOSER, { waitUntil: 'load' });
      await s.page.waitForTimeout(SETTLE_MS);
      const events = await traced(s, async () => {
        await useComposer(s);
        await s.page.keyboard.type(FLAGGED, { delay: 20 });
        await s.page.waitForTimeout(500);
      });
      longest[s.name].push(longestTask(events, COMPOSER));
    }
  }
  return {
    [`first use of the composer (focus, engine ready, ${FLAGGED.length} characters typed), ${packName}: longest task of the tab's main thread, from a trace (ms)`]: {
      'with extension': stats(longest.with),
      'without extension': stats(longest.without),
    },
  };
}

async function clickToDialog(s: Side, length: number): Promise<Stats | null> {
  await s.page.goto(COMPOSER, { waitUntil: 'load' });
  const text = FLAGGED + postOfLength(length - FLAGGED.length, length);
  for (let i = 0; i < RUNS; i++) {
    await s.page.click(EDITOR);
    await s.page.keyboard.press('Control+A');
    await s.page.keyboard.press('Delete');
    await s.page.keyboard.insertText(text);
    await s.page.waitForTimeout(400);
    await s.page.click(BUTTON);
    // The dialog is in a closed shadow root: read over CDP, never through anything the page could see.
    await waitShadow(s.page, `!!(${READ_DIALOG})(root)`, 30_000);
    await s.page.waitForTimeout(50);
    await s.page.keyboard.press('Escape');
  }
  return stats(await s.page.evaluate(() => performance.getEntriesByName('second-look:dialog').map((e) => e.duration)));
}

/** Where typing is measured: X's Draft.js composer and Facebook's Lexical post box. */
const TYPING_SITES = {
  X: { open: (p: Page) => p.goto(COMPOSER, { waitUntil: 'load' }), editor: EDITOR },
  Facebook: {
    open: async (p: Page) => {
      await p.goto('https://www.facebook.com/', { waitUntil: 'load' });
      await p.click('[data-open="fb-post"]');
    },
    editor: '[data-surface="fb-post"] [contenteditable="true"]',
  },
} as const;

/** Types 3,000 characters into each side's composer in alternating chunks; every input event's time to the next frame. */
async function typing(sides: Side[], site: keyof typeof TYPING_SITES) {
  const where = TYPING_SITES[site];
  for (const s of sides) {
    await where.open(s.page);
    await s.page.click(where.editor);
  }
  // Only this page's inputs: the probe's list starts again with each document.
  const text = postOfLength(TYPED_CHARS, 7);
  for (let at = 0; at < TYPED_CHARS; at += TYPE_CHUNK) {
    for (const s of sides) {
      await s.page.click(where.editor);
      await s.page.keyboard.press('End');
      await s.page.keyboard.type(text.slice(at, at + TYPE_CHUNK));
    }
  }
  const out: Record<string, unknown> = {};
  for (const s of sides) {
    const frames = await s.page.evaluate(() => (window as unknown as { __inputFrames: number[] }).__inputFrames);
    out[`${s.name} extension`] = {
      'input → next frame (ms)': stats(frames),
      'inputs taking two frames or more (%)': +((100 * frames.filter((f) => f > 2 * FRAME_MS).length) / frames.length).toFixed(2),
    };
  }
  return out;
}

async function setPack(s: Side, pack: unknown) {
  const worker = s.context.serviceWorkers()[0] ?? (await s.context.waitForEvent('serviceworker'));
  // Let the background's own start-up (which rewrites the stored pack from its sources) finish first.
  await s.page.waitForTimeout(1500);
  await worker.evaluate(`chrome.storage.local.set(${JSON.stringify({ 'pack.active': pack, 'pack.source': 'bench' })})`);
  const id = await worker.evaluate(`chrome.storage.local.get('pack.active').then((g) => g['pack.active']?.id)`);
  if (id !== (pack as { id: string }).id) throw new Error('the large pack did not stay in storage');
}

async function run() {
  await buildFixtures();
  const size = (name: string) => {
    const file = join(DIR, `content-scripts/${name}.js`);
    if (!existsSync(file)) return null;
    const bytes = readFileSync(file);
    return { bytes: bytes.length, gzip: gzipSync(bytes).length };
  };
  const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[]; run_at: string }[] };
  lazyEngine = !manifest.content_scripts.some((c) => c.js.some((js) => js.includes('engine')));
  const sides = [await side('with'), await side('without')];
  const [withExt] = sides;
  const figures: Record<string, unknown> = {
    chromium: 'Debian /usr/bin/chromium, headless',
    build: DIR,
    runs: RUNS,
    'content scripts in the manifest': manifest.content_scripts.map((c) => `${c.js.join(', ')} at ${c.run_at}`),
    'content script size': { 'composer.js': size('composer'), 'engine.js': size('engine') },
  };
  const part = (name: string) => !ONLY || ONLY.includes(name);
  if (part('loads')) {
    figures[`page with no composer (${EMPTY})`] = await pageLoads(sides, EMPTY);
    figures[`page with a composer, not used (${COMPOSER})`] = await pageLoads(sides, COMPOSER);
  }
  if (part('heap')) Object.assign(figures, await heapAndReady(sides, 'demo pack'));
  if (part('first-use')) Object.assign(figures, await firstUse(sides, 'demo pack'));
  if (part('dialog')) {
    figures['post click → dialog on screen, 280 characters (ms, event time stamp → the next frame painted)'] = await clickToDialog(withExt, 280);
    figures['post click → dialog on screen, 5,000 characters (ms)'] = await clickToDialog(withExt, 5000);
  }
  if (part('typing')) {
    for (const site of Object.keys(TYPING_SITES) as (keyof typeof TYPING_SITES)[]) {
      figures[`typing ${TYPED_CHARS} characters into ${site}'s composer, in chunks of ${TYPE_CHUNK}, interleaved`] = await typing(sides, site);
    }
  }
  await setPack(withExt, largePack());
  if (part('loads')) figures[`page with a composer, not used, large pack (${COMPOSER})`] = await pageLoads(sides, COMPOSER);
  if (part('heap')) Object.assign(figures, await heapAndReady(sides, 'large pack'));
  if (part('first-use')) Object.assign(figures, await firstUse(sides, 'large pack'));
  for (const s of sides) await s.context.close();
  console.log(JSON.stringify(figures, null, 2));
}

run().catch((error) => {
  console.error(error);
  process.exit(1);
});

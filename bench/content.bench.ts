/** Figures for the content script, from a real Chromium: post click → dialog, typing pause → highlights, size, start-up on a page with no composer. */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildFixtures } from '../tests/e2e/build-fixtures';
import { EXTENSION_DIR, launchWithExtension, routeFixtures } from '../tests/e2e/harness/chromium';
import { READ_DIALOG } from '../tests/e2e/harness/page-probes';
import { PAUSE_MS } from '../entrypoints/composer.content/watch';

const RUNS = Number(process.env.RUNS ?? 25);
const EDITOR = '[data-surface="x-home"] [data-testid="tweetTextarea_0"]';
const BUTTON = '[data-surface="x-home"] [data-testid="tweetButtonInline"]';
const FLAGGED = 'Lovely day with little Oliver at Little Acorns! Call me on 07700 900123';

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: +q(0.5).toFixed(2), p95: +q(0.95).toFixed(2), max: +s.at(-1)!.toFixed(2) };
}

const measures = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);

async function clickToDialog(page: Page): Promise<number[]> {
  await page.goto('https://x.com/home');
  for (let i = 0; i < RUNS; i++) {
    await page.click(EDITOR);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`${FLAGGED} ${i}`);
    await page.click(BUTTON);
    await page.waitForFunction(`!!${READ_DIALOG}`);
    await page.waitForTimeout(50);
    await page.keyboard.press('Escape');
  }
  return measures(page, 'second-look:dialog');
}

async function pauseToHighlights(page: Page): Promise<number[]> {
  await page.goto('https://www.facebook.com/sam/posts/1');
  const editor = '[data-surface="fb-permalink"] [role="textbox"]';
  await page.click(editor);
  for (let i = 0; i < RUNS; i++) {
    await page.keyboard.type(` Oliver ${i}`);
    await page.waitForTimeout(PAUSE_MS + 120);
  }
  return measures(page, 'second-look:highlights');
}

async function startup(withExtension: boolean) {
  const context = await launchWithExtension(true, withExtension);
  await routeFixtures(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const dcl: number[] = [];
  const script: number[] = [];
  const main: number[] = [];
  const load: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const before = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value;
    await page.goto('https://x.com/__empty', { waitUntil: 'load' });
    const after = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value;
    script.push((after - before) * 1000);
    const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming);
    dcl.push(nav.domContentLoadedEventEnd);
    load.push(nav.loadEventEnd);
    main.push(...(await measures(page, 'second-look:main')));
  }
  await context.close();
  return { dcl: stats(dcl), load: stats(load), scriptMs: stats(script), main: main.length ? stats(main) : null };
}

async function run() {
  await buildFixtures();
  const size = (name: string) => {
    const bytes = readFileSync(join(EXTENSION_DIR, `content-scripts/${name}.js`));
    return { bytes: bytes.length, gzip: gzipSync(bytes).length };
  };
  const context = await launchWithExtension(true);
  await routeFixtures(context);
  const page = await context.newPage();
  const dialog = stats(await clickToDialog(page));
  const highlights = stats(await pauseToHighlights(page));
  await context.close();
  const withExt = await startup(true);
  const without = await startup(false);
  const figures = {
    chromium: 'Debian /usr/bin/chromium, headless',
    runs: RUNS,
    'post click → dialog on screen (ms, event time stamp → next frame)': dialog,
    [`typing pause (${PAUSE_MS} ms without input) → highlights updated (ms)`]: highlights,
    'content script size': { 'composer.js (document_start)': size('composer'), 'engine.js (document_idle)': size('engine') },
    'page with no composer (https://x.com/__empty)': {
      'main() run time (ms)': withExt.main,
      'script time per load, with extension (ms)': withExt.scriptMs,
      'script time per load, without (ms)': without.scriptMs,
      'DOMContentLoaded with extension (ms)': withExt.dcl,
      'DOMContentLoaded without (ms)': without.dcl,
      'load event end with extension (ms)': withExt.load,
      'load event end without (ms)': without.load,
    },
  };
  console.log(JSON.stringify(figures, null, 2));
}

run().catch((error) => {
  console.error(error);
  process.exit(1);
});

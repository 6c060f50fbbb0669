/** Chromium only: the content script follows storage.local "pack.active" live, and a bad pack lights the toolbar icon without unprotecting anyone. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { compile, demoPack, type Pack } from '../../rules';
import { buildFixtures } from './build-fixtures';
import { launchWithExtension, routeFixtures } from './harness/chromium';
import { READ_DIALOG } from './harness/page-probes';

let context: BrowserContext;
let worker: Worker;
let page: Page;

const EDITOR = '[data-surface="x-home"] [data-testid="tweetTextarea_0"]';
const BUTTON = '[data-surface="x-home"] [data-testid="tweetButtonInline"]';
const TEXT = 'Zebedee was a little star at the park today';
const custom: Pack = { ...demoPack, id: 'zebedee-test', version: 2, people: { children: ['Zebedee Quill'], staff: [] } };

async function store(values: Record<string, unknown>) {
  // Strings, not functions: the service worker's `chrome` has no types in this project.
  await worker.evaluate(`chrome.storage.local.set(${JSON.stringify(values)})`);
}

async function attempt(text: string) {
  await page.click(EDITOR);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  const before = ((await page.evaluate('window.__sent.length')) as number);
  await page.click(BUTTON);
  await page.waitForTimeout(100);
  const dialog = (await page.evaluate(READ_DIALOG)) as { marks: string[] } | null;
  if (dialog) await page.keyboard.press('Escape');
  return { dialog, sent: ((await page.evaluate('window.__sent.length')) as number) - before };
}

beforeAll(async () => {
  await buildFixtures();
  context = await launchWithExtension(true);
  await routeFixtures(context);
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await context?.close();
});

describe('pack from storage', () => {
  it('uses the stored pack, and a new one without reloading the page', async () => {
    expect(compile(custom).check(TEXT).some((f) => f.severity !== 'low')).toBe(true);
    await store({ 'pack.active': custom, 'pack.source': 'imported in test' });
    await page.goto('https://x.com/home');
    const withCustom = await attempt(TEXT);
    expect(withCustom.dialog?.marks).toEqual(compile(custom).check(TEXT).map((f) => f.match));
    expect(withCustom.sent).toBe(0);

    await store({ 'pack.active': { ...custom, version: 3, people: { children: [], staff: [] } } });
    await page.waitForTimeout(200);
    const withoutChild = await attempt(TEXT);
    const stillFlagged = compile({ ...custom, people: { children: [], staff: [] } }).check(TEXT).some((f) => f.severity !== 'low');
    expect(withoutChild.dialog !== null).toBe(stillFlagged);
  });

  it('a broken stored pack puts "!" on the icon and the demo pack keeps checking', async () => {
    await store({ 'pack.active': { format: 'not-a-pack' } });
    await page.goto('https://x.com/home');
    await page.waitForTimeout(300);
    const badge = await worker.evaluate(`chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => chrome.action.getBadgeText({ tabId: tab.id }))`);
    expect(badge).toBe('!');
    const flagged = 'Ugh this week has been crap, roll on Friday';
    const expected = compile(demoPack).check(flagged).map((f) => f.match);
    expect((await attempt(flagged)).dialog?.marks).toEqual(expected);
  });
});

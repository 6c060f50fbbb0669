/**
 * Chromium only: the positioned-box fallback where the Highlight API is missing. The API is taken away in the extension's
 * isolated world over CDP, which Firefox's BiDi cannot reach; descriptions on hover and at the caret run in both (suite.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { compile, demoPack } from '../../rules';
import { buildFixtures } from './build-fixtures';
import { launchWithExtension, routeFixtures } from './harness/chromium';

const TEXT = 'Ugh this week has been crap, roll on Friday';
const EDITOR = '[data-surface="fb-permalink"] [role="textbox"]';
const [FLAG] = compile(demoPack).check(TEXT).filter((f) => f.severity !== 'low');
const SHADOW = `document.querySelector('second-look-ui')?.shadowRoot`;

/** The on-screen box of the flagged words, measured in the page itself. */
async function flaggedRect(page: Page) {
  return page.evaluate(([sel, start, end]) => {
    const ed = document.querySelector(sel as string)!;
    const walker = document.createTreeWalker(ed, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode() as Text;
    const r = document.createRange();
    r.setStart(node, start as number);
    r.setEnd(node, end as number);
    const b = r.getBoundingClientRect();
    return { x: b.left, y: b.top, w: b.width, h: b.height };
  }, [EDITOR, FLAG.start, FLAG.end]);
}

describe('without the Highlight API (fallback boxes)', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    await buildFixtures();
    context = await launchWithExtension(true);
    await routeFixtures(context);
  }, 120_000);
  afterAll(() => context?.close());

  it('draws a box over the flagged words, in the shadow root, without touching the editor', async () => {
    // The API is stable in Chromium and cannot be switched off by flag, so it is taken away in the
    // extension's own isolated world (found over CDP) before anything is typed.
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const worlds: { id: number; name: string; type?: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push({ id: c.id, name: c.name, type: c.auxData?.type }));
    await cdp.send('Runtime.enable');
    await page.goto('https://www.facebook.com/sam/posts/1');
    await page.waitForTimeout(200);
    const world = worlds.findLast((w) => w.type === 'isolated' && w.name === 'Second Look');
    expect(world).toBeDefined();
    await cdp.send('Runtime.evaluate', { expression: 'globalThis.Highlight = undefined', contextId: world!.id });
    await page.click(EDITOR);
    await page.keyboard.type(TEXT);
    await page.waitForFunction(`${SHADOW}?.querySelector('[data-layer="boxes"] .box')`);
    const box = await page.evaluate(`(() => { const b = ${SHADOW}.querySelector('[data-layer="boxes"] .box').getBoundingClientRect(); return { x: b.left, y: b.top, w: b.width, h: b.height }; })()`) as { x: number; y: number; w: number; h: number };
    const r = await flaggedRect(page);
    expect(Math.abs(box.x - r.x)).toBeLessThan(2);
    expect(Math.abs(box.y - r.y)).toBeLessThan(2);
    expect(Math.abs(box.w - r.w)).toBeLessThan(2);
    expect(await page.evaluate(`document.querySelector(${JSON.stringify(EDITOR)}).querySelectorAll('*').length`)).toBe(
      await page.evaluate(`document.querySelector(${JSON.stringify(EDITOR)}).querySelectorAll('p, span, br').length`),
    );
  });
});

/**
 * Chromium: X's command key is the platform's (Draft.js's hasCommandModifier, as X binds it): on a Mac Cmd+Enter posts and
 * Ctrl+Enter does nothing; elsewhere the reverse. The platform is emulated over CDP for the page and the extension alike.
 * Firefox runs the Linux half in the shared suite; BiDi cannot override the platform per page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, routeFixtures } from './harness/chromium';
import { chromiumInShadow, waitShadow } from './harness/shadow';
import { READ_DIALOG, askStatus, clickDialogControl, expectChecksLoaded } from './harness/page-probes';
import { chooseTexts } from './texts';

const EDITOR = '[data-surface="x-home"] [data-testid="tweetTextarea_0"]';
const MAC_UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const LINUX_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

let context: BrowserContext;
const texts = chooseTexts();

async function xHome(platform: 'MacIntel' | 'Linux x86_64'): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setUserAgentOverride', { userAgent: platform === 'MacIntel' ? MAC_UA : LINUX_UA, platform });
  await page.goto('https://x.com/home');
  await page.waitForFunction('!!window.__sent');
  expect(await page.evaluate('navigator.platform')).toBe(platform);
  await page.click(EDITOR);
  await page.keyboard.type(texts.medium);
  // This file is about the keys, not an early press (the shared suite covers that): wait for the checks, asked from
  // the extension's side as the popup asks, so the first page of a fresh browser is not a race.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  expectChecksLoaded(await worker.evaluate(`((ext) => (${askStatus(page.url())}))(chrome)`), page.url());
  return page;
}

const sent = (page: Page) => page.evaluate('window.__sent.length') as Promise<number>;
const dialog = (page: Page) => chromiumInShadow(page, READ_DIALOG);

beforeAll(async () => {
  context = await launchWithExtension(true);
  await routeFixtures(context);
}, 120_000);
afterAll(() => context?.close());

describe.each([
  { platform: 'MacIntel' as const, command: 'Meta+Enter', other: 'Control+Enter' },
  { platform: 'Linux x86_64' as const, command: 'Control+Enter', other: 'Meta+Enter' },
])('X on $platform', ({ platform, command, other }) => {
  it(`${command} is held and "Post anyway" posts once; ${other} posts nothing and is not held`, async () => {
    const page = await xHome(platform);
    await page.keyboard.press(other);
    await page.waitForTimeout(200);
    expect(await dialog(page)).toBeNull();
    expect(await sent(page)).toBe(0);
    // Draft.js took the other modifier's Enter as a new line, as X does: that is the text to be posted.
    const before = (await page.evaluate('window.__plainText["x-home"]()')) as string[];
    expect(before[0].trimEnd()).toBe(texts.medium);
    await page.keyboard.press(command);
    // Ready once it has taken focus (a frame after it is drawn): a click aimed while it is still being laid out, on a
    // busy machine, can land beside the button.
    await waitShadow(page, `(${READ_DIALOG})(root)?.focused === 'Edit post'`, 30_000);
    expect(await sent(page)).toBe(0);
    await clickDialogControl(page, (fn) => chromiumInShadow(page, fn), 'Post anyway');
    await page.waitForFunction('window.__sent.length === 1');
    await page.waitForTimeout(300);
    expect(await page.evaluate('window.__sent')).toMatchObject([{ surface: 'x-home', texts: before }]);
    await page.close();
  });
});

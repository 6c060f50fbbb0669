/**
 * Chromium: Second Look's own pages in the built extension: the welcome page, the popup and the options page
 * (the pack in force and the editor) at 1100×900, 400 px and 200% zoom (a 550×450 viewport), axe-core with 0
 * violations, and a manager's tasks in the editor done with the keyboard alone. Screenshots: .output/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, routeFixtures } from './harness/chromium';
import { runAxe, type AxeSummary } from './harness/axe';
import { SHOTS } from './harness/screenshots';

const SIZES = [
  { name: '1100x900', width: 1100, height: 900 },
  { name: '400px', width: 400, height: 800 },
  { name: 'zoom200', width: 550, height: 450 },
] as const;

/** Presses Tab until the focused element's text or label is `name`; the keyboard is the only way there. */
async function tabTo(page: Page, name: string | RegExp, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = (await page.evaluate(`(() => {
      const el = document.activeElement;
      if (!el) return '';
      const label = el.id ? document.querySelector('label[for="' + el.id + '"]')?.textContent : '';
      return (el.getAttribute('aria-label') || label || el.textContent || '').trim();
    })()`)) as string;
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe("Second Look's own pages (Chromium)", () => {
  let context: BrowserContext;
  let id: string;
  const axe: Record<string, AxeSummary> = {};

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    context = await launchWithExtension(true);
    await routeFixtures(context);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    id = new URL(worker.url()).host;
  }, 120_000);
  afterAll(async () => {
    console.log(`axe-core on the extension pages: ${JSON.stringify(Object.fromEntries(Object.entries(axe).map(([k, v]) => [k, { violations: v.violations, passes: v.passes }])))}`);
    await context?.close();
  });

  it('the welcome page opens on install and says what it does, what it does not, and that the demo is made up', async () => {
    const deadline = Date.now() + 10_000;
    let welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    while (!welcome && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    }
    expect(welcome, 'a welcome tab was opened on install').toBeDefined();
    await welcome!.waitForSelector('h1');
    const text = (await welcome!.textContent('main'))!;
    expect(text).toContain('It does not cover the phone apps.');
    expect(text).toContain('Demo rules only.');
    expect(text).toContain('made-up nursery');
    expect(text).toMatch(/Staff.*IT.*Managers/s);
    for (const size of SIZES) {
      await welcome!.setViewportSize({ width: size.width, height: size.height });
      expect(await welcome!.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(size.width);
      await welcome!.screenshot({ path: join(SHOTS, `welcome-${size.name}.png`), fullPage: true });
      const result = await runAxe(welcome!);
      axe[`welcome-${size.name}`] = result;
      expect(result.violations, JSON.stringify(result.details)).toBe(0);
    }
  });

  // Which site the popup names needs the toolbar click's activeTab grant, which a test cannot give: dom tests
  // (tests/components/Popup.test.tsx) cover each state's words; here, the built popup as a page.
  it('the popup says which rules protect the tab, in words, with no developer text', async () => {
    const site = await context.newPage();
    await site.goto('https://x.com/');
    await site.waitForFunction('!!window.__sent');
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 420 });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    // The popup asks for the active tab: the site's, as when its toolbar button is clicked there.
    await site.bringToFront();
    await popup.reload();
    await popup.waitForSelector('.tab-line');
    const text = (await popup.textContent('main'))!;
    expect(text).toContain("Demo rules only: your setting's names are not checked.");
    expect(text).not.toMatch(/unchecked|Error|undefined/);
    await popup.screenshot({ path: join(SHOTS, 'popup-x-demo.png') });
    const result = await runAxe(popup);
    axe.popup = result;
    expect(result.violations, JSON.stringify(result.details)).toBe(0);
    await popup.close();
    await site.close();
  });

  it('the popup in each state: a watched tab checked (with which rules), a watched tab to reload, another site', async () => {
    const site = await context.newPage();
    await site.goto('https://x.com/');
    await site.waitForFunction('!!window.__sent');
    const worker = context.serviceWorkers()[0]!;
    // Without the tabs permission a tab's address is hidden: the tab whose content script answers "X" is the site's.
    const tabId = (await worker.evaluate(`chrome.tabs.query({}).then(async (tabs) => {
      for (const t of tabs) {
        const r = await chrome.tabs.sendMessage(t.id, { type: 'second-look/status' }).catch(() => null);
        if (r && r.site === 'X') return t.id;
      }
      return -1;
    })`)) as number;
    expect(tabId).toBeGreaterThan(0);
    // The toolbar click's activeTab grant cannot be given by a test: the popup is told which tab is active, and asks
    // that tab's real content script for its status.
    for (const state of [
      { name: 'x-checked', url: 'https://x.com/', id: tabId, says: 'Posts on x.com are checked before they go out.' },
      { name: 'facebook-reload', url: 'https://www.facebook.com/', id: 999_999, says: 'Reload this page to start checking posts on www.facebook.com.' },
      { name: 'other-site', url: 'https://example.org/', id: 999_998, says: 'Second Look does not check example.org. It checks posts on X, Facebook, Instagram, LinkedIn, Threads and Bluesky.' },
    ]) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 360, height: 420 });
      await popup.addInitScript(`chrome.tabs.query = () => Promise.resolve([{ id: ${state.id}, url: ${JSON.stringify(state.url)} }]);`);
      await popup.goto(`chrome-extension://${id}/popup.html`);
      await popup.waitForSelector('.tab-line');
      expect(await popup.textContent('.tab-line')).toBe(state.says);
      await popup.screenshot({ path: join(SHOTS, `popup-${state.name}.png`) });
      const result = await runAxe(popup);
      axe[`popup-${state.name}`] = result;
      expect(result.violations, JSON.stringify(result.details)).toBe(0);
      await popup.close();
    }
    await site.close();
  });

  it('the options page: readable type, and axe-clean at every size, on both sections', async () => {
    const options = await context.newPage();
    for (const section of ['active', 'editor'] as const) {
      await options.goto(`chrome-extension://${id}/options.html${section === 'editor' ? '#editor' : ''}`);
      // A change of hash alone is not a new page load: the section is read at load.
      await options.reload();
      await options.waitForSelector(section === 'editor' ? '#setting-name' : '.facts');
      const sizes = (await options.evaluate(`(() => {
        const px = (sel) => { const el = document.querySelector(sel); return el ? parseFloat(getComputedStyle(el).fontSize) : null; };
        return { body: px('body'), label: px('label'), hint: px('.hint') };
      })()`)) as { body: number; label: number | null; hint: number | null };
      expect(sizes.body).toBe(16);
      if (sizes.label && sizes.hint) expect(sizes.hint).toBeLessThan(sizes.label);
      for (const size of SIZES) {
        await options.setViewportSize({ width: size.width, height: size.height });
        // Nothing wider than the window: no sideways scrolling at 400 px or at 200% zoom.
        expect(await options.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(size.width);
        await options.screenshot({ path: join(SHOTS, `options-${section}-${size.name}.png`), fullPage: true });
        const result = await runAxe(options);
        axe[`options-${section}-${size.name}`] = result;
        expect(result.violations, JSON.stringify(result.details)).toBe(0);
      }
    }
    await options.close();
  });

  it('in a dark system theme the popup, the options page and the welcome page are dark, axe-clean (contrast included)', async () => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    const pages = [
      { name: 'popup-dark', url: 'popup.html', size: { width: 360, height: 420 }, ready: '.tab-line', init: `chrome.tabs.query = () => Promise.resolve([{ id: 999998, url: 'https://example.org/' }]);` },
      { name: 'options-active-dark', url: 'options.html', size: { width: 1100, height: 900 }, ready: '.facts' },
      { name: 'options-editor-dark', url: 'options.html#editor', size: { width: 400, height: 800 }, ready: '#setting-name' },
      { name: 'welcome-dark', url: 'welcome.html', size: { width: 550, height: 450 }, ready: 'h1' },
    ];
    for (const p of pages) {
      if (p.init) await page.addInitScript(p.init);
      await page.setViewportSize(p.size);
      await page.goto(`chrome-extension://${id}/${p.url}`);
      await page.reload();
      await page.waitForSelector(p.ready);
      // The page's own background and text: dark ground, light text.
      const [bg, fg] = (await page.evaluate(`[getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).color]`)) as string[];
      const level = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
      expect(level(bg!), `${p.name} background ${bg}`).toBeLessThan(60);
      expect(level(fg!), `${p.name} text ${fg}`).toBeGreaterThan(200);
      await page.screenshot({ path: join(SHOTS, `${p.name}-${p.size.width}x${p.size.height}.png`), fullPage: true });
      const result = await runAxe(page);
      axe[p.name] = result;
      expect(result.violations, JSON.stringify(result.details)).toBe(0);
    }
    await page.close();
  });

  it('a manager adds a class, adds a banned phrase, tries a post and exports the pack, with the keyboard alone', async () => {
    const options = await context.newPage();
    await options.setViewportSize({ width: 1100, height: 900 });
    await options.goto(`chrome-extension://${id}/options.html#editor`);
    await options.waitForSelector('#setting-name');
    await tabTo(options, "Setting's name");
    await options.keyboard.type('Bluebell Pre-School');
    await tabTo(options, 'Import a class list into the children…');
    await options.keyboard.press('Enter');
    await options.waitForFunction(`document.activeElement?.id === 'people-children-import-text'`);
    await options.keyboard.insertText('Surname,Forename,DOB\nQuill,Zebedee,2022-01-02\nFinch,Arlo,2021-11-30');
    await tabTo(options, 'Add 2 names');
    await options.screenshot({ path: join(SHOTS, 'editor-import-preview-1100x900.png') });
    await options.keyboard.press('Enter');
    await tabTo(options, 'Add a term');
    await options.keyboard.press('Enter');
    // Focus is on the new term's phrases.
    await options.waitForFunction(`document.activeElement?.id === 'term-0-phrases'`);
    await options.keyboard.type('ofsted visit');
    await tabTo(options, 'Write a post as a member of staff might');
    await options.keyboard.type('Zebedee loved the ofsted visit at Bluebell Pre-School');
    await options.waitForFunction(`document.querySelector('.verdict')?.textContent.includes('things to check')`);
    const verdict = (await options.textContent('.verdict'))!;
    expect(verdict).toMatch(/a child's name \(Zebedee\)/);
    expect(verdict).toMatch(/the setting's name/);
    expect(await options.evaluate(`document.getElementById('term-0-phrases').value`)).toBe('ofsted visit');
    await options.screenshot({ path: join(SHOTS, 'editor-try-a-post-1100x900.png'), fullPage: true });
    // Shift+Tab back up to Export (the keyboard's way back to the file actions).
    const download = options.waitForEvent('download');
    for (let i = 0; i < 200; i++) {
      await options.keyboard.press('Shift+Tab');
      if ((await options.evaluate('document.activeElement?.textContent?.trim()')) === 'Export pack') break;
    }
    await options.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^my-setting-v1\.json$/);
    await options.close();
  });
});

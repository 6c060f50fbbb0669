/** The Chromium driver: Debian's chromium with the built extension loaded, fixture pages served under the real hostnames. */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserDriver, RequestRecord, Site, SitePage } from './driver';
import { READ_DIALOG, dialogControlCentre, focusIsIn } from './page-probes';
import { FIXTURES_DIST } from '../build-fixtures';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export const SITE_ORIGINS: Record<Site, string> = {
  x: 'https://x.com',
  facebook: 'https://www.facebook.com',
  instagram: 'https://www.instagram.com',
};

/** Serves each fixture under its site's real origin, so the extension's real match patterns apply. */
export async function routeFixtures(context: BrowserContext, dir = FIXTURES_DIST): Promise<void> {
  for (const [site, origin] of Object.entries(SITE_ORIGINS)) {
    await context.route(`${origin}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path.startsWith('/__fixtures/')) {
        return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(dir, path.slice('/__fixtures/'.length))) });
      }
      if (path === '/second-look-demo') return route.fulfill({ contentType: 'text/html', body: readFileSync(join(dir, 'demo.html')) });
      if (path === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
      // A watched page with no composer at all: what start-up costs on every page of the site.
      if (path === '/__empty') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>empty</title><p>No composer here.</p>' });
      return route.fulfill({ contentType: 'text/html', body: readFileSync(join(dir, `${site}.html`)) });
    });
  }
}

/**
 * Launch flags that work here: Playwright adds --disable-extensions by default, so it is dropped with
 * ignoreDefaultArgs; with that, both headless:true and --headless=new run content scripts (checked on Chromium 156).
 */
export async function launchWithExtension(headless: boolean, withExtension = true, extraArgs: string[] = [], extensionDir = EXTENSION_DIR): Promise<BrowserContext> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension at ${extensionDir}: run \`npx wxt build\` first.`);
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless,
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    viewport: { width: 1100, height: 900 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

function sitePage(page: Page, log: RequestRecord[]): SitePage {
  return {
    click: (selector) => page.click(selector),
    focus: (selector) => page.focus(selector),
    type: (text) => page.keyboard.type(text),
    press: (keys) => page.keyboard.press(keys),
    evaluate: <T>(fn: string) => page.evaluate(fn) as Promise<T>,
    sent: () => page.evaluate('window.__sent'),
    dialog: () => page.evaluate(READ_DIALOG),
    async clickInDialog(name) {
      const at = (await page.evaluate(dialogControlCentre(name))) as { x: number; y: number } | null;
      if (!at) throw new Error(`no "${name}" in the dialog`);
      await page.mouse.click(at.x, at.y);
    },
    focusIsIn: (selector) => page.evaluate(focusIsIn(selector)) as Promise<boolean>,
    wait: (ms) => page.waitForTimeout(ms),
    requests: () => log,
  };
}

export async function chromiumDriver(): Promise<BrowserDriver> {
  const context = await launchWithExtension(true);
  await routeFixtures(context);
  const log: RequestRecord[] = [];
  // Every request from pages, workers and the extension, with its body: the leak check reads these.
  context.on('request', (r) => log.push({ url: r.url(), body: r.postData() }));
  return {
    name: 'chromium',
    async open(site, path = '/') {
      for (const p of context.pages()) if (p.url() !== 'about:blank') await p.close();
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${SITE_ORIGINS[site]}${path}`);
      await page.waitForFunction('!!window.__sent && !!document.querySelector("#sent-log")');
      return sitePage(page, log);
    },
    close: () => context.close(),
  };
}

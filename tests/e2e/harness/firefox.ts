/**
 * The Firefox driver: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, the built extension installed as
 * a temporary add-on, fixture pages served under the real hostnames by request interception (no request leaves the machine).
 */
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PHONE, type BrowserDriver, type DriverFactory, type ExtensionSide, type LaunchOptions, type OptionsPage, type RequestRecord, type SitePage } from './driver';
import { runAxe } from './axe';
import { READ_DIALOG, askStatus, clickDialogControl, expectChecksLoaded, focusIsIn } from './page-probes';
import { SITE_ORIGINS, fixtureResponse, siteOf } from './fixture-pages';
import { FIXTURES_DIST } from '../build-fixtures';
import { firefoxInShadow } from './shadow';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
/** deploy/'s policies.json: the test's policy starts from its "3rdparty" block for the add-on. */
const POLICY_EXAMPLE = resolve(import.meta.dirname, '../../../deploy/firefox-policies.json');

/**
 * Firefox gives each add-on a random internal UUID per profile; fixing it (a documented pref) gives the options page a
 * known address. The add-on id itself is the fixed one in the build's manifest, which storage.managed requires.
 */
const EXTENSION_UUID = '5ec0d100-0c0c-4000-8000-5ec0d1005ec0';

export function addonId(dir = FIREFOX_EXTENSION_DIR): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/** The viewport every desktop case runs in. */
const DESKTOP = { width: 1100, height: 900 };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Prefs on top of puppeteer's test profile. Any http(s) request that interception does not answer goes to a proxy on a
 * closed loopback port and fails there, so nothing reaches the network even by DNS; loopback (the pack server) is never
 * proxied in Firefox. Host permissions are left at Firefox's default (granted at install since Firefox 127), which is
 * what users get: the tests prove the content scripts run without any extra grant.
 */
const prefs = (id: string): Record<string, unknown> => ({
  'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
});

/** Answers the fixture sites from disk, lets loopback and the browser's own schemes through, and refuses everything else. */
function serve(request: HTTPRequest, log: RequestRecord[]): void {
  if (request.isInterceptResolutionHandled()) return;
  const url = new URL(request.url());
  // puppeteer cannot read request bodies over BiDi, so the leak check sees addresses only here; every request is
  // answered from disk or refused below, so none leaves the machine whatever its body.
  log.push({ url: request.url(), body: null });
  const site = siteOf(request.url());
  if (site) {
    const answer = fixtureResponse(site, url.pathname, FIXTURES_DIST);
    void request.respond({ status: answer.status, contentType: answer.contentType, body: answer.body });
  } else if ((url.protocol === 'http:' || url.protocol === 'https:') && !LOOPBACK.has(url.hostname)) {
    void request.abort('blockedbyclient');
  } else {
    void request.continue();
  }
}

/** Playwright's key names ("Control+Enter", "Escape", " ") pressed through puppeteer's keyboard. */
async function press(page: Page, keys: string): Promise<void> {
  const parts = keys === ' ' || keys === '+' ? [keys] : keys.split('+');
  const key = parts.pop()! as Parameters<Page['keyboard']['press']>[0];
  const modifiers = parts as Parameters<Page['keyboard']['down']>[0][];
  for (const m of modifiers) await page.keyboard.down(m);
  await page.keyboard.press(key);
  for (const m of modifiers.reverse()) await page.keyboard.up(m);
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A file into a file input over BiDi (input.setFiles): Firefox fires its own trusted input and change events. */
async function uploadFile(page: Page, selector: string, path: string): Promise<void> {
  const input = await page.$(selector);
  if (!input) throw new Error(`no ${selector} on the page`);
  await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
}

function sitePage(page: Page, log: RequestRecord[], side: ExtensionSide): SitePage {
  return {
    // Headless Firefox sends no touch and no pen over WebDriver (touch actions fail in synthesizeTouchAtPoint with
    // NS_ERROR_ILLEGAL_VALUE; pen moves are unimplemented), so its phone page is tapped with the mouse: said in the suite.
    tap: (x, y) => page.mouse.click(x, y),
    screenshot: async (path) => void (await page.screenshot({ path })),
    click: (selector) => page.click(selector),
    focus: (selector) => page.focus(selector),
    type: (text) => page.keyboard.type(text),
    press: (keys) => press(page, keys),
    hover: (x, y) => page.mouse.move(x, y),
    evaluate: <T>(fn: string) => page.evaluate(fn) as Promise<T>,
    sent: () => page.evaluate('window.__sent') as never,
    inShadow: <T>(fn: string) => firefoxInShadow<T>(page, fn),
    setViewport: (width, height) => page.setViewport({ width, height }),
    clickAt: (x, y) => page.mouse.click(x, y),
    addStyle: async (css) => void (await page.addStyleTag({ content: css })),
    axe: (shadowHost) => runAxe(page, shadowHost, (fn) => firefoxInShadow(page, fn)),
    dialog: () => firefoxInShadow(page, READ_DIALOG),
    clickInDialog: (name) => clickDialogControl(page, (fn) => firefoxInShadow(page, fn), name),
    focusIsIn: (selector) => page.evaluate(focusIsIn(selector)) as Promise<boolean>,
    bringToFront: () => page.bringToFront(),
    wait: pause,
    requests: () => log,
    async checksLoaded() {
      const href = page.url();
      expectChecksLoaded(await side.evaluate(askStatus(href)), href);
    },
    chooseFile: (selector, path) => uploadFile(page, selector, path),
  };
}

/** The centre of the button whose text is exactly name, measured in the page. */
const buttonCentre = (name: string) => `(() => {
  const b = [...document.querySelectorAll('button')].find((el) => el.textContent.trim() === ${JSON.stringify(name)});
  if (!b) return null;
  const r = b.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
})()`;

function optionsPage(page: Page): OptionsPage {
  return {
    async clickButton(name) {
      const at = (await page.evaluate(buttonCentre(name))) as { x: number; y: number } | null;
      if (!at) throw new Error(`no "${name}" button on the options page`);
      await page.mouse.click(at.x, at.y);
    },
    text: (selector) => page.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`) as Promise<string | null>,
    chooseFile: (selector, path) => uploadFile(page, selector, path),
    bringToFront: () => page.bringToFront(),
  };
}

/**
 * Opens one of the extension's pages in a tab. BiDi lets a session navigate to moz-extension:// only with
 * --remote-allow-system-access, and then reports no load event for it, so the page is awaited by asking it.
 */
async function openExtensionPage(page: Page, path: string): Promise<void> {
  const url = `moz-extension://${EXTENSION_UUID}${path}`;
  page.goto(url, { timeout: 10_000 }).catch(() => {});
  for (let i = 0; i < 100; i++) {
    const ready = await page.evaluate(`location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`).catch(() => false);
    if (ready) return;
    await pause(50);
  }
  throw new Error(`${url} did not open`);
}

/**
 * A home folder of the test's own: Firefox on Linux reads an add-on's managed storage from
 * ~/.mozilla/managed-storage/<add-on id>.json, so a policy needs no system file, and the real home never leaks in.
 */
function makeHome(id: string, policy?: Record<string, unknown>): string {
  const home = mkdtempSync(join(tmpdir(), 'second-look-firefox-home-'));
  if (policy) {
    const example = JSON.parse(readFileSync(POLICY_EXAMPLE, 'utf8')).policies['3rdparty'].Extensions[id];
    mkdirSync(join(home, '.mozilla/managed-storage'), { recursive: true });
    // The native-manifest form of the same values policies.json "3rdparty" → "Extensions" → id would hold.
    const manifest = { name: id, description: 'Second Look policy (end-to-end test)', type: 'storage', data: { ...example, ...policy } };
    writeFileSync(join(home, '.mozilla/managed-storage', `${id}.json`), JSON.stringify(manifest));
  }
  return home;
}

export async function launchFirefox(options: LaunchOptions = {}, extensionDir = FIREFOX_EXTENSION_DIR): Promise<{ browser: Browser; home: string }> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension at ${extensionDir}: run \`npx wxt build -b firefox --mv3\` first.`);
  const id = addonId(extensionDir);
  const home = makeHome(id, options.policy);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: { ...process.env, HOME: home },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs(id),
    defaultViewport: DESKTOP,
  });
  // A temporary add-on, as about:debugging loads one: unsigned builds install this way only.
  await browser.installExtension(extensionDir);
  return { browser, home };
}

async function launch(options: LaunchOptions = {}): Promise<BrowserDriver> {
  const { browser, home } = await launchFirefox(options);
  const log: RequestRecord[] = [];
  const intercepted = new WeakSet<Page>();
  let optionsTab: Page | undefined;
  let siteTab: Page | undefined;

  async function intercept(page: Page) {
    if (intercepted.has(page)) return;
    intercepted.add(page);
    await page.setRequestInterception(true);
    page.on('request', (r) => serve(r, log));
  }

  /** The options page in a tab of its own; evaluate runs there too, since the background page is not reachable over BiDi. */
  async function optionsTabPage(): Promise<Page> {
    if (!optionsTab) {
      optionsTab = await browser.newPage();
      await openExtensionPage(optionsTab, '/options.html');
      // A new tab comes to the front; the site's tab goes back there (a hidden tab's timers are throttled).
      await siteTab?.bringToFront();
    }
    return optionsTab;
  }

  const side: ExtensionSide = {
    evaluate: async <T>(expression: string) => (await optionsTabPage()).evaluate(`((ext) => (${expression}))(browser)`) as Promise<T>,
    options: async () => optionsPage(await optionsTabPage()),
  };

  return {
    name: 'firefox',
    async open(site, path = '/', options = {}) {
      // A tab of the driver's own making: the tab Firefox starts with never gets focus in headless mode, so a click in
      // it fires no focus event and editors that track focus (Draft.js) misplace the caret.
      siteTab ??= await browser.newPage();
      await intercept(siteTab);
      const page = siteTab;
      await page.bringToFront();
      // The tab is reused: every open sets its viewport, a phone's or the desktop one the suite starts with.
      await page.setViewport(options.phone ? PHONE : DESKTOP);
      await page.goto(`${SITE_ORIGINS[site]}${path}`);
      await page.waitForFunction('!!window.__sent && !!document.querySelector("#sent-log")');
      return sitePage(page, log, side);
    },
    extension: async () => side,
    async close() {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Firefox needs no system file for a policy (see makeHome), so a policy can always be given. */
export const firefoxFactory: DriverFactory = { name: 'firefox', policyUnavailable: () => null, launch };

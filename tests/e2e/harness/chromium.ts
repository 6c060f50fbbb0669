/** The Chromium driver: Debian's chromium with the built extension loaded, fixture pages served under the real hostnames. */
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PHONE, type BrowserDriver, type DriverFactory, type ExtensionSide, type LaunchOptions, type OptionsPage, type RequestRecord, type SitePage } from './driver';
import { runAxe } from './axe';
import { READ_DIALOG, SHADOW_STEP, askStatus, clickDialogControl, expectChecksLoaded, focusIsIn } from './page-probes';
import { SITE_ORIGINS, fixtureResponse } from './fixture-pages';
import { keyedCopy } from './keyed-build';
import { FIXTURES_DIST } from '../build-fixtures';
import { chromiumInShadow } from './shadow';

export { SITE_ORIGINS } from './fixture-pages';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Where Debian's Chromium reads machine policy; the test's own file, removed when the driver closes. */
const POLICY_FILE = '/etc/chromium/policies/managed/second-look-e2e.json';
/** The example a Linux administrator would copy (deploy/), whose values the test's policy starts from. */
const POLICY_EXAMPLE = resolve(import.meta.dirname, '../../../deploy/chrome-linux-policy.json');

/** Serves each fixture under its site's real origin, so the extension's real match patterns apply. */
export async function routeFixtures(context: BrowserContext, dir = FIXTURES_DIST): Promise<void> {
  for (const [site, origin] of Object.entries(SITE_ORIGINS)) {
    await context.route(`${origin}/**`, (route) => {
      const answer = fixtureResponse(site as keyof typeof SITE_ORIGINS, new URL(route.request().url()).pathname, dir);
      return route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
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

/** A selector's shadow steps as Playwright chains them (its CSS already looks inside open shadow roots). */
const pw = (selector: string) => selector.split(SHADOW_STEP).join(' >> ');

/** Chromium's mobile emulation on one page: a phone's viewport and touch events, as a phone's browser sends them. */
async function emulatePhone(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...PHONE, mobile: true });
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  return cdp;
}

function sitePage(page: Page, log: RequestRecord[], side: ExtensionSide, touch?: CDPSession): SitePage {
  return {
    async tap(x, y) {
      if (!touch) throw new Error('tap needs a page opened with { phone: true }');
      await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    },
    async screenshot(path) {
      // Playwright's own screenshot re-applies its viewport, which would undo a phone's emulation: ask CDP directly.
      if (!touch) return void (await page.screenshot({ path }));
      const { data } = await touch.send('Page.captureScreenshot', { format: 'png' });
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
    click: (selector) => page.click(pw(selector)),
    focus: (selector) => page.focus(pw(selector)),
    type: (text) => page.keyboard.type(text),
    press: (keys) => page.keyboard.press(keys),
    hover: (x, y) => page.mouse.move(x, y),
    evaluate: <T>(fn: string) => page.evaluate(fn) as Promise<T>,
    sent: () => page.evaluate('window.__sent'),
    inShadow: <T>(fn: string) => chromiumInShadow<T>(page, fn),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    clickAt: (x, y) => page.mouse.click(x, y),
    addStyle: async (css) => void (await page.addStyleTag({ content: css })),
    axe: (shadowHost) => runAxe(page, shadowHost),
    dialog: () => chromiumInShadow(page, READ_DIALOG),
    clickInDialog: (name) => clickDialogControl(page, (fn) => chromiumInShadow(page, fn), name),
    focusIsIn: (selector) => page.evaluate(focusIsIn(selector)) as Promise<boolean>,
    bringToFront: () => page.bringToFront(),
    wait: (ms) => page.waitForTimeout(ms),
    requests: () => log,
    async checksLoaded() {
      const href = page.url();
      expectChecksLoaded(await side.evaluate(askStatus(href)), href);
    },
    chooseFile: (selector, path) => page.setInputFiles(selector, path),
  };
}

function optionsPage(page: Page): OptionsPage {
  return {
    clickButton: (name) => page.getByRole('button', { name, exact: true }).click(),
    text: (selector) => page.textContent(selector, { timeout: 1_000 }).catch(() => null),
    chooseFile: (selector, path) => page.setInputFiles(selector, path),
    bringToFront: () => page.bringToFront(),
  };
}

/** Chromium reads machine policy from /etc: only root may write it (CI runs as root). */
function policyUnavailable(): string | null {
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    accessSync(dirname(POLICY_FILE), constants.W_OK);
    return null;
  } catch {
    return `${dirname(POLICY_FILE)} is not writable (Chromium reads machine policy only from there; run as root)`;
  }
}

/** The policy file as a Linux administrator writes it: the example's values under this build's id, with the test's laid over. */
function writePolicy(extensionId: string, values: Record<string, unknown>): void {
  const example = JSON.parse(readFileSync(POLICY_EXAMPLE, 'utf8'))['3rdparty'].extensions.EXTENSION_ID;
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: { ...example, ...values } } } }));
}

async function launch(options: LaunchOptions = {}): Promise<BrowserDriver> {
  // A policy is keyed by extension id, so the policy run loads a copy with a fixed manifest key (its id known in advance).
  const keyed = options.policy ? keyedCopy() : null;
  if (keyed) writePolicy(keyed.id, options.policy!);
  const context = await launchWithExtension(true, true, [], keyed?.dir ?? EXTENSION_DIR);
  await routeFixtures(context);
  const log: RequestRecord[] = [];
  // Every request from pages, workers and the extension, with its body: the leak check reads these.
  context.on('request', (r) => log.push({ url: r.url(), body: r.postData() }));
  let worker: Worker | undefined;
  let optionsTab: Page | undefined;
  const serviceWorker = async () => (worker ??= context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  const side: ExtensionSide = {
    // Strings, not functions: the service worker's `chrome` has no types in this project.
    evaluate: async <T>(expression: string) => (await serviceWorker()).evaluate(`((ext) => (${expression}))(chrome)`) as Promise<T>,
    async options() {
      if (!optionsTab) {
        const id = new URL((await serviceWorker()).url()).host;
        optionsTab = await context.newPage();
        await optionsTab.goto(`chrome-extension://${id}/options.html`);
      }
      return optionsPage(optionsTab);
    },
  };
  return {
    name: 'chromium',
    async open(site, path = '/', options = {}) {
      for (const p of context.pages()) if (p !== optionsTab && p.url() !== 'about:blank') await p.close();
      // A phone page is a page of its own (emulation stays with a page), closed like any other by the next open.
      const page = options.phone ? await context.newPage() : context.pages().find((p) => p !== optionsTab) ?? (await context.newPage());
      const touch = options.phone ? await emulatePhone(context, page) : undefined;
      // The site's tab in front, as for a person writing in it (Firefox's driver does the same): a tab behind the options
      // page draws no frames, so nothing that waits for one (the dialog's focus, the marks) would happen there.
      await page.bringToFront();
      await page.goto(`${SITE_ORIGINS[site]}${path}`);
      await page.waitForFunction('!!window.__sent && !!document.querySelector("#sent-log")');
      return sitePage(page, log, side, touch);
    },
    extension: async () => side,
    async close() {
      await context.close();
      if (keyed) {
        keyed.remove();
        rmSync(POLICY_FILE, { force: true });
      }
    },
  };
}

export const chromiumFactory: DriverFactory = { name: 'chromium', policyUnavailable, launch };

export const chromiumDriver = (): Promise<BrowserDriver> => launch();

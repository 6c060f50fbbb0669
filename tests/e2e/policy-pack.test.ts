/**
 * Chromium, as a setting deploys it: a managed policy file names a pack URL on loopback and a trusted key; the pack takes
 * effect on a composer; then a tampered, an older and an invalid pack at the same URL are each refused and the good one stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, accessSync, constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { compile, demoPack, generateKeyPair, parsePack, signPack } from '../../rules';
import { buildFixtures } from './build-fixtures';
import { launchWithExtension, routeFixtures } from './harness/chromium';
import { keyedCopy } from './harness/keyed-build';
import { startPackServer, type PackServer } from './harness/pack-server';
import { READ_DIALOG } from './harness/page-probes';

const POLICY_FILE = '/etc/chromium/policies/managed/second-look-e2e.json';
/** The example a Linux administrator would copy: the test fills in this run's id, URL and key, and keeps the rest. */
const TEMPLATE = resolve(import.meta.dirname, '../../deploy/chrome-linux-policy.json');

function policyFile(extensionId: string, packUrl: string, trustedKey: string): string {
  const template = JSON.parse(readFileSync(TEMPLATE, 'utf8'));
  const example = template['3rdparty'].extensions.EXTENSION_ID;
  return JSON.stringify({ '3rdparty': { extensions: { [extensionId]: { ...example, PackUrl: packUrl, TrustedKeys: [trustedKey] } } } });
}
const EDITOR = '[data-surface="x-home"] [data-testid="tweetTextarea_0"]';
const BUTTON = '[data-surface="x-home"] [data-testid="tweetButtonInline"]';
const KEY_ID = 'e2e-2026';
const CHILD = 'Zebedee Quill';
const POST = 'Zebedee was a little star at the park today';

/** Root can write Chromium's managed policy directory (CI runs as root); elsewhere the test says why it is skipped. */
function canWritePolicy(): boolean {
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    accessSync(dirname(POLICY_FILE), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
const runnable = canWritePolicy();

const packAt = (version: number, children: unknown[] = [CHILD]) => {
  const { signature: _none, ...pack } = { ...demoPack, id: 'e2e-setting', version, people: { children, staff: [] } };
  return pack as unknown as Record<string, unknown>;
};

let context: BrowserContext;
let worker: Worker;
let page: Page;
let options: Page;
let server: PackServer;
let extension: ReturnType<typeof keyedCopy>;
let sign: (p: Record<string, unknown>) => Promise<Record<string, unknown>>;
const timings: Record<string, number> = {};

async function stored(): Promise<{ version?: number; source?: string; refusals: string[] }> {
  return (await worker.evaluate(`chrome.storage.local.get(['pack.active', 'pack.source', 'pack.status']).then((s) => ({
    version: s['pack.active']?.version, source: s['pack.source'], refusals: (s['pack.status']?.refusals ?? []).map((r) => r.message) }))`)) as never;
}

async function waitFor<T>(what: string, probe: () => Promise<T>, done: (v: T) => boolean, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}: last ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Types a post on the X fixture and presses Post: the marks of the warning dialog, or null if it went out. */
async function attempt(text: string): Promise<string[] | null> {
  // A background tab's timers and frames are throttled, and the content script checks at idle time.
  await page.bringToFront();
  await page.click(EDITOR);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  await page.click(BUTTON);
  await page.waitForTimeout(150);
  const dialog = (await page.evaluate(READ_DIALOG)) as { marks: string[] } | null;
  if (dialog) await page.keyboard.press('Escape');
  return dialog?.marks ?? null;
}

/** Serves `body` at the pack URL, presses "Check for a new pack now" on the options page, and waits for the refusal to show there. */
async function serveAndCheck(body: string, refusal: string): Promise<string> {
  server.serve(body);
  const before = server.requests.length;
  await options.bringToFront();
  await options.click('text=Check for a new pack now');
  await waitFor('the background to ask the URL', async () => server.requests.length, (n) => n > before);
  return waitFor(`"${refusal}" on the options page`, async () => (await options.textContent('.refusals').catch(() => null)) ?? '', (text) => text.includes(refusal));
}

describe.skipIf(!runnable)('a pack from the policy URL, signed', () => {
  beforeAll(async () => {
    const keys = await generateKeyPair();
    sign = (p) => signPack(p, keys.privateKey, KEY_ID);
    server = await startPackServer();
    server.serve(JSON.stringify(await sign(packAt(2))));
    extension = keyedCopy();
    writeFileSync(POLICY_FILE, policyFile(extension.id, server.url, `${KEY_ID}:${keys.publicKey}`));
    await buildFixtures();
    const started = Date.now();
    context = await launchWithExtension(true, true, [], extension.dir);
    await routeFixtures(context);
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    expect(worker.url()).toContain(extension.id);
    await waitFor('the policy pack to be in force', stored, (s) => s.version === 2);
    timings['launch → policy pack in force (ms)'] = Date.now() - started;
    page = await context.newPage();
    await page.goto('https://x.com/home');
    options = await context.newPage();
    await options.goto(`chrome-extension://${extension.id}/options.html`);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    extension?.remove();
    if (existsSync(POLICY_FILE)) rmSync(POLICY_FILE);
    if (Object.keys(timings).length) console.log('[policy-pack]', JSON.stringify(timings));
  });

  it('takes effect on a composer: the pack\'s child is flagged, and the options page names its source', async () => {
    const parsed = parsePack(packAt(2));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const expected = compile(parsed.pack).check(POST).map((f) => f.match);
    expect(expected).toContain('Zebedee');
    expect(await attempt(POST)).toEqual(expected);
    expect((await stored()).source).toBe(`${server.url} (policy URL)`);
    expect(await options.textContent('.facts')).toContain(`${server.url} (policy URL)`);
    // The first fetch carried no validators; the background asked with the conditional header after that only.
    expect(server.requests.find((r) => r.method === 'GET')?.ifNoneMatch).toBeUndefined();
  });

  it.each<{ name: string; body: () => Promise<string>; says: string }>([
    {
      name: 'a tampered pack (changed after signing)',
      body: async () => JSON.stringify({ ...(await sign(packAt(3))), people: { children: ['Someone Else'], staff: [] } }),
      says: `The pack from ${'URL'} was not used: its signature does not match the setting's key.`,
    },
    { name: 'an older pack, properly signed', body: async () => JSON.stringify(await sign(packAt(1))), says: `The pack from ${'URL'} was not used: its version (1) is older than the pack already in force from there (version 2).` },
    {
      name: 'an invalid pack, properly signed',
      body: async () => JSON.stringify(await sign(packAt(4, [CHILD, 42]))),
      says: `The pack from ${'URL'} was not used: it is not a valid pack (people.children[1]: expected a string, got 42).`,
    },
  ])('refuses $name, says so in plain words, and the good pack stays in force', async ({ body, says }) => {
    const refusal = says.replace('URL', server.url);
    expect(await serveAndCheck(await body(), refusal)).toContain(refusal);
    expect((await stored()).version).toBe(2);
    expect(await attempt(POST)).toContain('Zebedee');
  });

  it('a newer signed pack replaces it, without reloading the page', async () => {
    server.serve(JSON.stringify(await sign(packAt(5, ['Zebedee Quill', 'Marigold Finch']))));
    await options.bringToFront();
    const started = Date.now();
    await options.click('text=Check for a new pack now');
    await waitFor('version 5 in force', stored, (s) => s.version === 5);
    timings['"Check now" → new pack in force (ms)'] = Date.now() - started;
    expect(await attempt('Marigold loved the sandpit')).toContain('Marigold');
    // Unchanged since: the next check is a conditional request answered 304.
    const before = server.requests.length;
    await options.click('text=Check for a new pack now');
    await waitFor('a conditional request', async () => server.requests.slice(before).find((r) => r.method === 'GET'), (r) => !!r);
    expect(server.requests.slice(before).find((r) => r.method === 'GET')?.ifNoneMatch).toMatch(/^"[0-9a-f]{16}"$/);
  });
});

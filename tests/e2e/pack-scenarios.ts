/** The end-to-end cases of issue 4 (packs from storage, import, a managed policy's signed pack URL), run on any driver. */
import { expect } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, demoPack, generateKeyPair, parsePack, signPack, type Pack } from '../../rules';
import type { BrowserDriver, ExtensionSide, OptionsPage, SitePage } from './harness/driver';
import type { PackServer } from './harness/pack-server';
import { askStatus } from './harness/page-probes';
import { buildCards } from '../../components/cards';

const EDITOR = '[data-surface="x-home"] [data-testid="tweetTextarea_0"]';
const BUTTON = '[data-surface="x-home"] [data-testid="tweetButtonInline"]';
const POST = 'Zebedee was a little star at the park today';
const CHILD = 'Zebedee Quill';

/** Types a post on the X fixture and presses Post: the marks of the warning dialog (null if none), and how many posts went out. */
export async function attempt(page: SitePage, text: string): Promise<{ marks: string[] | null; sent: number }> {
  await page.bringToFront();
  await page.click(EDITOR);
  await page.press('Control+A');
  await page.press('Backspace');
  await page.type(text);
  const before = (await page.sent()).length;
  await page.click(BUTTON);
  // A press right after the first use waits for the checks to load: wait for its outcome, a dialog or a post.
  let dialog = await page.dialog();
  for (let i = 0; i < 400 && !dialog && (await page.sent()).length === before; i++) {
    await page.wait(25);
    dialog = await page.dialog();
  }
  if (dialog) await page.press('Escape');
  return { marks: dialog?.marks ?? null, sent: (await page.sent()).length - before };
}

export async function waitFor<T>(what: string, probe: () => Promise<T>, done: (v: T) => boolean, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}: last ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Stored {
  version?: number;
  source?: string;
  refusals: string[];
}

/** What the background wrote for the content script and the options page. */
export function stored(ext: ExtensionSide): Promise<Stored> {
  return ext.evaluate(`ext.storage.local.get(['pack.active', 'pack.source', 'pack.status']).then((s) => ({
    version: s['pack.active']?.version, source: s['pack.source'], refusals: (s['pack.status']?.refusals ?? []).map((r) => r.message) }))`);
}

const marksOf = (pack: Pack, text: string) => buildCards(compile(pack).check(text).map((finding) => ({ finding, text }))).map((c) => c.match);

// ---- Packs from storage and from a file: one browser, cases in order. -------------------------------------------

export interface StorageCase {
  name: string;
  run(driver: BrowserDriver): Promise<void>;
}

const custom: Pack = { ...demoPack, id: 'zebedee-test', version: 2, people: { children: [CHILD], staff: [] } };

export const STORAGE_CASES: StorageCase[] = [
  {
    name: 'with no policy, the options page names the demo pack, reports no policy problem, and offers a pack file',
    async run(driver) {
      const options = await (await driver.extension()).options();
      const facts = await waitFor('the pack in force on the options page', () => options.text('.facts'), (t) => !!t);
      expect(facts).toContain('built-in demo');
      expect(await options.text('.active-pack .problem')).toBeNull();
      expect(await options.text('label[for="use-file"]')).toContain('Use a pack file');
    },
  },
  {
    name: 'uses the stored pack, and a new one without reloading the page',
    async run(driver) {
      const ext = await driver.extension();
      expect(compile(custom).check(POST).some((f) => f.severity !== 'low')).toBe(true);
      await ext.evaluate(`ext.storage.local.set(${JSON.stringify({ 'pack.active': custom, 'pack.source': 'imported in test' })})`);
      const page = await driver.open('x', '/home');
      const withCustom = await attempt(page, POST);
      expect(withCustom.marks).toEqual(marksOf(custom, POST));
      expect(withCustom.sent).toBe(0);

      const withoutChildren = { ...custom, version: 3, people: { children: [], staff: [] } };
      await ext.evaluate(`ext.storage.local.set(${JSON.stringify({ 'pack.active': withoutChildren })})`);
      await page.wait(200);
      const after = await attempt(page, POST);
      const stillFlagged = compile(withoutChildren).check(POST).some((f) => f.severity !== 'low');
      expect(after.marks !== null).toBe(stillFlagged);
    },
  },
  {
    name: 'a pack is compiled once: the first page stores its tables, the next page loads them instead of compiling, and checks alike; damaged tables are compiled past',
    async run(driver) {
      const ext = await driver.extension();
      const tabled: Pack = { ...custom, id: 'tables-test', version: 5 };
      /**
       * Opens the X fixture (closing the pages before it, so no other page compiles the pack meanwhile), sets storage
       * with `before`, posts, and asks the content script (as the popup does) how it got its checker.
       */
      const visit = async (path: string, before?: string) => {
        const page = await driver.open('x', path);
        if (before) await ext.evaluate(before);
        const result = await attempt(page, POST);
        const href = await page.evaluate<string>('location.href');
        const status = await ext.evaluate<{ loadedFrom?: string; pack?: { id: string } }>(askStatus(href));
        return { ...result, loadedFrom: status.loadedFrom, pack: status.pack?.id };
      };
      const tables = () => ext.evaluate<{ engine?: string; body?: string } | null>(`ext.storage.local.get('pack.tables').then((s) => s['pack.tables'] ?? null)`);

      const first = await visit('/home?visit=1', `ext.storage.local.remove('pack.tables').then(() => ext.storage.local.set(${JSON.stringify({ 'pack.active': tabled, 'pack.source': 'imported in test' })}))`);
      expect(first).toEqual({ marks: marksOf(tabled, POST), sent: 0, loadedFrom: 'compiled', pack: 'tables-test' });
      const stored = await waitFor('the tables stored by the first page', tables, (t) => !!t?.body);
      // Made by this build of the engine (its id is a hash of rules/, set by the build).
      expect(stored!.engine).toMatch(/^[0-9a-f]{16}$/);

      const second = await visit('/home?visit=2');
      expect(second).toEqual({ ...first, loadedFrom: 'tables' });

      const third = await visit('/home?visit=3', `ext.storage.local.get('pack.tables').then((s) => ext.storage.local.set({ 'pack.tables': { ...s['pack.tables'], body: s['pack.tables'].body.replace('"pool":"', '"pool":"x') } }))`);
      expect(third).toEqual({ ...first, loadedFrom: 'compiled' });
      await waitFor('good tables stored again', tables, (t) => t?.body === stored!.body);
      await ext.evaluate(`ext.storage.local.remove(['pack.active', 'pack.source', 'pack.tables'])`);
    },
  },
  {
    name: 'a broken stored pack puts "!" on the icon and says on the page that the setting\'s rules are not loaded; the demo pack never stands in',
    async run(driver) {
      const ext = await driver.extension();
      await ext.evaluate(`ext.storage.local.set({ 'pack.active': { format: 'not-a-pack' }, 'pack.source': 'file' })`);
      const page = await driver.open('x', '/home');
      // The pack is read when a composer is first used (issue 13), not on page load.
      await page.bringToFront();
      await page.click(EDITOR);
      // The site's tab is found as the active one: reading tab addresses would need the "tabs" permission in Chromium.
      const badge = await waitFor(
        'the "!" badge',
        () => ext.evaluate<string>(`ext.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => (ext.action ?? ext.browserAction).getBadgeText({ tabId: tab.id }))`),
        (b) => b === '!',
      );
      expect(badge).toBe('!');
      const said = await waitFor(
        'the notice on the page',
        () => page.inShadow<string>(`(root) => root?.querySelector('[data-layer="notice"] [role="status"]')?.textContent ?? ''`),
        (t) => !!t,
      );
      expect(said).toMatch(/^Second Look: Your setting's rules could not be loaded \(the stored pack is broken: .+\), so posts are not being checked against them\.$/);
      // A post the demo pack would hold goes, unchecked, and the page says so: no made-up nursery's names stand in.
      const flagged = 'Ugh this week has been crap, roll on Friday';
      expect(await attempt(page, flagged)).toEqual({ marks: null, sent: 1 });
      await ext.evaluate(`ext.storage.local.remove(['pack.active', 'pack.source'])`);
    },
  },
  {
    name: 'a pack file chosen on the options page is imported, named there, and checks posts',
    async run(driver) {
      const ext = await driver.extension();
      const imported: Pack = { ...demoPack, id: 'imported-setting', version: 4, setting: { ...demoPack.setting, name: 'Willow Tree Nursery' }, people: { children: ['Marigold Finch'], staff: [] } };
      const folder = mkdtempSync(join(tmpdir(), 'second-look-import-'));
      const file = join(folder, 'willow-tree.json');
      writeFileSync(file, JSON.stringify(imported));
      try {
        const options = await ext.options();
        await options.bringToFront();
        await options.chooseFile('#use-file', file);
        const reply = await waitFor('the import reply', () => options.text('[role="status"]'), (t) => !!t);
        expect(reply).toBe('Willow Tree Nursery (version 4) is now in force.');
        // The reply comes from the background's answer, the facts from storage's change event: either may be first.
        expect(await waitFor('the options page to name the imported pack', () => options.text('.facts'), (t) => !!t?.includes('Willow Tree Nursery'))).toContain('Willow Tree Nursery');
        expect((await stored(ext)).version).toBe(4);
        const page = await driver.open('x', '/home');
        expect((await attempt(page, 'Marigold loved the sandpit')).marks).toEqual(marksOf(imported, 'Marigold loved the sandpit'));
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'a pack accepted by the background gets its tables then (in the checking page): the first page after it loads them, not compiling',
    async run(driver) {
      const ext = await driver.extension();
      const accepted: Pack = { ...demoPack, id: 'accepted-tables', version: 6, setting: { ...demoPack.setting, name: 'Hazel Bank Nursery' }, people: { children: ['Tamsin Greaves'], staff: [] } };
      const folder = mkdtempSync(join(tmpdir(), 'second-look-tables-'));
      const file = join(folder, 'hazel-bank.json');
      writeFileSync(file, JSON.stringify(accepted));
      try {
        await ext.evaluate(`ext.storage.local.remove('pack.tables')`);
        const options = await ext.options();
        await options.bringToFront();
        await options.chooseFile('#use-file', file);
        // The options page may still show the reply to an earlier import: wait for this one's.
        expect(await waitFor('the import reply', () => options.text('[role="status"]'), (t) => !!t && t.includes('Hazel Bank'))).toBe('Hazel Bank Nursery (version 6) is now in force.');
        // Before any page has used a composer with this pack: the background made them.
        const tables = await waitFor(
          'the tables made at acceptance',
          () => ext.evaluate<{ engine?: string; body?: string } | null>(`ext.storage.local.get('pack.tables').then((s) => s['pack.tables'] ?? null)`),
          (t) => !!t?.body,
        );
        expect(tables!.engine).toMatch(/^[0-9a-f]{16}$/);
        const page = await driver.open('x', '/home?accepted=1');
        const post = 'Tamsin loved the sandpit';
        expect((await attempt(page, post)).marks).toEqual(marksOf(accepted, post));
        const status = await ext.evaluate<{ loadedFrom?: string; pack?: { id: string } }>(askStatus(await page.evaluate<string>('location.href')));
        expect({ loadedFrom: status.loadedFrom, pack: status.pack?.id }).toEqual({ loadedFrom: 'tables', pack: 'accepted-tables' });
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  },
];

// ---- A managed policy naming a signed pack URL: one browser started with the policy, cases in order. -----------

export const KEY_ID = 'e2e-2026';

export function packAt(version: number, children: unknown[] = [CHILD]): Record<string, unknown> {
  const { signature: _none, ...pack } = { ...demoPack, id: 'e2e-setting', version, people: { children, staff: [] } };
  return pack as unknown as Record<string, unknown>;
}

/** What the policy cases share: the signing key, the pack server, the browser, its site page and options page. */
export interface PolicyWorld {
  sign(pack: Record<string, unknown>): Promise<Record<string, unknown>>;
  server: PackServer;
  ext: ExtensionSide;
  page: SitePage;
  options: OptionsPage;
}

/** The policy as the test installs it: this run's pack URL and key over the example's other values. */
export async function policyKeys(): Promise<{ sign: PolicyWorld['sign']; trustedKey: string }> {
  const keys = await generateKeyPair();
  return { sign: (p) => signPack(p, keys.privateKey, KEY_ID), trustedKey: `${KEY_ID}:${keys.publicKey}` };
}

/** Serves `body` at the pack URL, presses "Check for a new pack now" on the options page, and waits for the refusal to show there. */
async function serveAndCheck(w: PolicyWorld, body: string, refusal: string): Promise<string> {
  w.server.serve(body);
  const before = w.server.requests.length;
  await w.options.bringToFront();
  await w.options.clickButton('Check for a new pack now');
  await waitFor('the background to ask the URL', async () => w.server.requests.length, (n) => n > before);
  return waitFor(`"${refusal}" on the options page`, async () => (await w.options.text('.refusals')) ?? '', (text) => text.includes(refusal));
}

export interface PolicyCase {
  name: string;
  run(w: PolicyWorld): Promise<void>;
}

const REFUSED: { name: string; body: (w: PolicyWorld) => Promise<string>; says: string }[] = [
  {
    name: 'a tampered pack (changed after signing)',
    body: async (w) => JSON.stringify({ ...(await w.sign(packAt(3))), people: { children: ['Someone Else'], staff: [] } }),
    says: "The pack from URL was not used: its signature does not match the setting's key.",
  },
  { name: 'an older pack, properly signed', body: async (w) => JSON.stringify(await w.sign(packAt(1))), says: 'The pack from URL was not used: its version (1) is older than the pack already in force from there (version 2).' },
  {
    name: 'an invalid pack, properly signed',
    body: async (w) => JSON.stringify(await w.sign(packAt(4, [CHILD, 42]))),
    says: 'The pack from URL was not used: it is not a valid pack (people.children[1]: expected a string, got 42).',
  },
];

export const POLICY_CASES: PolicyCase[] = [
  {
    name: "takes effect on a composer: the pack's child is flagged, and the options page names its source",
    async run(w) {
      const parsed = parsePack(packAt(2));
      if (!parsed.ok) throw new Error(parsed.errors.join('; '));
      const expected = marksOf(parsed.pack, POST);
      expect(expected).toContain('Zebedee');
      expect((await attempt(w.page, POST)).marks).toEqual(expected);
      expect((await stored(w.ext)).source).toBe(`${w.server.url} (policy URL)`);
      // The options tab is in the background here (the site's tab, and in Firefox the welcome page, came to the front
      // after it), where its first render's effects wait on throttled timers: it shows the pack a while after storage has it.
      const source = `${w.server.url} (policy URL)`;
      expect(await waitFor('the options page to name the policy URL', () => w.options.text('.facts'), (t) => !!t?.includes(source))).toContain(source);
      // The first fetch carried no validators; the background asked with the conditional header after that only.
      expect(w.server.requests.find((r) => r.method === 'GET')?.ifNoneMatch).toBeUndefined();
    },
  },
  ...REFUSED.map<PolicyCase>(({ name, body, says }) => ({
    name: `refuses ${name}, says so in plain words, and the good pack stays in force`,
    async run(w) {
      const refusal = says.replace('URL', w.server.url);
      expect(await serveAndCheck(w, await body(w), refusal)).toContain(refusal);
      expect((await stored(w.ext)).version).toBe(2);
      expect((await attempt(w.page, POST)).marks).toContain('Zebedee');
    },
  })),
  {
    name: 'a newer signed pack replaces it, without reloading the page; unchanged since, the next check is conditional',
    async run(w) {
      w.server.serve(JSON.stringify(await w.sign(packAt(5, [CHILD, 'Marigold Finch']))));
      await w.options.bringToFront();
      await w.options.clickButton('Check for a new pack now');
      await waitFor('version 5 in force', () => stored(w.ext), (s) => s.version === 5);
      expect((await attempt(w.page, 'Marigold loved the sandpit')).marks).toContain('Marigold');
      const before = w.server.requests.length;
      await w.options.bringToFront();
      await w.options.clickButton('Check for a new pack now');
      await waitFor('a conditional request', async () => w.server.requests.slice(before).find((r) => r.method === 'GET'), (r) => !!r);
      expect(w.server.requests.slice(before).find((r) => r.method === 'GET')?.ifNoneMatch).toMatch(/^"[0-9a-f]{16}"$/);
    },
  },
];

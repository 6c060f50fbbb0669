/** The content script's pack: with "pack.missing" set (the policy's pack is not loaded), the demo pack never stands in. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const MISSING = "Your setting's rules are not loaded, so posts are not being checked against them.";

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

async function loaded() {
  const { provideEngine } = await import('../../entrypoints/composer.content/engine-slot');
  const rules = await import('../../rules');
  provideEngine({ compile: rules.compile, compileInSteps: rules.compileInSteps, prepareInSteps: rules.prepareInSteps, parsePack: rules.parsePack, parsePackInSteps: rules.parsePackInSteps, demoPack: rules.demoPack, loadTablesInSteps: rules.loadTablesInSteps, storeTables: rules.storeTables });
  const source = await import('../../entrypoints/composer.content/pack-source');
  const stop = source.watchPack();
  await vi.waitFor(() => fakeBrowser.storage.local.get('pack.missing'));
  await new Promise((r) => setTimeout(r, 10));
  return { ...source, stop };
}

// Each case imports the engine afresh (vi.resetModules): seconds on a busy machine.
describe('pack-source', { timeout: 30_000 }, () => {
  it('with no policy pack and nothing stored, the demo pack checks', async () => {
    const { activePack, packMissing, stop } = await loaded();
    expect(activePack().info.source).toBe('built-in demo');
    expect(packMissing()).toBeNull();
    stop();
  });

  it("with the setting's rules missing, nothing stands in: every check fails with the background's sentence", async () => {
    await fakeBrowser.storage.local.set({ 'pack.missing': MISSING });
    const { activePack, packMissing, stop } = await loaded();
    expect(packMissing()).toBe(MISSING);
    expect(() => activePack()).toThrow(MISSING);
    stop();
  });

  it('a stored pack this page cannot use is never replaced by the demo pack: the rules are said not to be loaded', async () => {
    await fakeBrowser.storage.local.set({ 'pack.active': { format: 'not-a-pack' }, 'pack.source': 'file' });
    const { packReady, activePack, packMissing, stop } = await loaded();
    await expect(packReady()).rejects.toThrow(/^Your setting's rules could not be loaded \(the stored pack is broken: .+\), so posts are not being checked against them\.$/);
    expect(packMissing()).toMatch(/stored pack is broken/);
    expect(() => activePack()).toThrow(/not being checked/);
    stop();
  });

  it('a large pack is compiled in slices: the page gets its thread back meanwhile, and no check runs before the end', async () => {
    const FIRST = ['Amelia', 'Oliver', 'Isla', 'Noah', 'Ava', 'Leo', 'Mia', 'Arlo', 'Freya', 'Theo'];
    const children = Array.from({ length: 2000 }, (_, i) => `${FIRST[i % 10]} Child${i}`);
    const { demoPack } = await import('../../rules');
    await fakeBrowser.storage.local.set({ 'pack.active': { ...demoPack, id: 'large', people: { children, staff: [] } }, 'pack.source': 'file' });
    const { packReady, packLoading, activePack, stop } = await loaded();
    let ready = false;
    const loading = packReady().then(() => (ready = true));
    // A task of the page's, queued again and again: it runs only when the loading gives the thread back.
    let turns = 0;
    let notReadyOnATurn = true;
    await new Promise<void>((resolve) => {
      const tick = () => {
        if (ready) return resolve();
        turns++;
        notReadyOnATurn &&= packLoading() !== null;
        setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
    });
    await loading;
    expect(turns).toBeGreaterThanOrEqual(5);
    expect(notReadyOnATurn).toBe(true);
    expect(packLoading()).toBeNull();
    expect(activePack().info.id).toBe('large');
    expect(activePack().check('Lovely day with Freya Child1998').map((f) => f.category)).toContain('child-name');
    stop();
  });

  it('storage that cannot be read: nothing stands in, and the next use tries again', async () => {
    const { packReady, activePack, packMissing, stop } = await loaded();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error: disk full'));
    await expect(packReady()).rejects.toThrow("Your setting's rules could not be loaded (the browser's storage could not be read: IO error: disk full)");
    expect(packMissing()).toMatch(/storage could not be read/);
    get.mockRestore();
    await packReady();
    expect(activePack().info.source).toBe('built-in demo');
    expect(packMissing()).toBeNull();
    stop();
  });

  describe('tables (issue 13: compile once, not per tab)', () => {
    const post = 'Lovely day with Oliver Brooks at Little Acorns, ring 07700 900123';
    /** A tab: the engine and the pack source afresh, over the same storage. */
    async function tab() {
      vi.resetModules();
      const t = await loaded();
      await t.packReady();
      return t;
    }
    const storedTables = async () => (await fakeBrowser.storage.local.get('pack.tables'))['pack.tables'] as { pack: string; body: string } | undefined;

    it('the first tab compiles the stored pack and stores its tables; the next tab loads them and checks alike', async () => {
      const { demoPack } = await import('../../rules');
      await fakeBrowser.storage.local.set({ 'pack.active': { ...demoPack, id: 'tabled' }, 'pack.source': 'file' });
      const first = await tab();
      expect(first.activePack().loadedFrom).toBe('compiled');
      await vi.waitFor(async () => expect(await storedTables()).toBeDefined());
      const found = first.activePack().check(post);
      first.stop();
      const second = await tab();
      expect(second.activePack().info.id).toBe('tabled');
      expect(second.activePack().loadedFrom).toBe('tables');
      expect(second.activePack().check(post)).toEqual(found);
      expect(found.map((f) => f.category)).toEqual(expect.arrayContaining(['child-name', 'setting-name', 'personal-info']));
      second.stop();
    });

    it('tables of another pack are not used: the tab compiles its own and replaces them', async () => {
      const { demoPack } = await import('../../rules');
      await fakeBrowser.storage.local.set({ 'pack.active': { ...demoPack, id: 'old' }, 'pack.source': 'file' });
      (await tab()).stop();
      await vi.waitFor(async () => expect(await storedTables()).toBeDefined());
      const old = await storedTables();
      // The background writes a newer pack; these stale tables are still there.
      await fakeBrowser.storage.local.set({ 'pack.active': { ...demoPack, id: 'new', people: { children: ['Zebedee Quill'], staff: [] } }, 'pack.tables': old });
      const next = await tab();
      expect(next.activePack().loadedFrom).toBe('compiled');
      expect(next.activePack().check('Zebedee Quill had a lovely day').map((f) => f.category)).toContain('child-name');
      expect(next.activePack().check('Oliver Brooks had a lovely day').map((f) => f.category)).not.toContain('child-name');
      await vi.waitFor(async () => expect((await storedTables())?.pack).not.toBe(old!.pack));
      next.stop();
    });

    it('damaged tables never block checks: the tab compiles, checks, and stores good tables', async () => {
      const { demoPack } = await import('../../rules');
      await fakeBrowser.storage.local.set({ 'pack.active': demoPack, 'pack.source': 'file' });
      (await tab()).stop();
      await vi.waitFor(async () => expect(await storedTables()).toBeDefined());
      const good = (await storedTables())!;
      for (const bad of [{ ...good, body: good.body.replace('"pool":"', '"pool":"x') }, { ...good, sum: 'nonsense' }, 'junk', { format: 1 }]) {
        await fakeBrowser.storage.local.set({ 'pack.tables': bad });
        const t = await tab();
        expect(t.activePack().loadedFrom).toBe('compiled');
        expect(t.activePack().check(post).map((f) => f.category)).toContain('child-name');
        await vi.waitFor(async () => expect(await storedTables()).toEqual(good));
        t.stop();
      }
    });

    it('the demo pack too: its tables are stored by the first tab and loaded by the next', async () => {
      (await tab()).stop();
      await vi.waitFor(async () => expect(await storedTables()).toBeDefined());
      const next = await tab();
      expect(next.activePack().info.source).toBe('built-in demo');
      expect(next.activePack().loadedFrom).toBe('tables');
      expect(next.activePack().check(post).map((f) => f.category)).toContain('child-name');
      next.stop();
    });
  });
});

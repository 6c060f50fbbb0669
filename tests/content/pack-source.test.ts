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
  provideEngine({ compile: rules.compile, compileInSteps: rules.compileInSteps, parsePack: rules.parsePack, demoPack: rules.demoPack });
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
});

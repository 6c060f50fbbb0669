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
  provideEngine({ compile: rules.compile, parsePack: rules.parsePack, demoPack: rules.demoPack });
  const source = await import('../../entrypoints/composer.content/pack-source');
  const stop = source.watchPack();
  await vi.waitFor(() => fakeBrowser.storage.local.get('pack.missing'));
  await new Promise((r) => setTimeout(r, 10));
  return { ...source, stop };
}

describe('pack-source', () => {
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
});

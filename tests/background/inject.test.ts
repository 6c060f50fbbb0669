/** After an install or update, the content scripts are started in watched tabs already open (they would go unchecked otherwise). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentScriptFiles, injectIntoOpenTabs } from '../../entrypoints/background/inject';
import { WATCHED_MATCHES } from '../../utils/watched-sites';

const MANIFEST = {
  manifest_version: 3,
  name: 'Second Look',
  version: '1',
  content_scripts: [
    { matches: WATCHED_MATCHES, js: ['content-scripts/engine.js'], run_at: 'document_idle' },
    { matches: WATCHED_MATCHES, js: ['content-scripts/composer.js'], run_at: 'document_start' },
  ],
};

afterEach(() => vi.restoreAllMocks());

function world(tabs: { id: number; url: string; discarded?: boolean }[], failOn: number[] = []) {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(MANIFEST as never);
  const query = vi.fn(async () => tabs);
  const executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
    if (failOn.includes(target.tabId)) throw new Error('Cannot access contents of the page');
    return [];
  });
  Object.assign(fakeBrowser.tabs, { query });
  Object.assign(fakeBrowser, { scripting: { executeScript } });
  return { query, executeScript };
}

describe('injectIntoOpenTabs', () => {
  it("runs the manifest's content scripts, document_start first, in every open watched tab", async () => {
    const { query, executeScript } = world([{ id: 1, url: 'https://x.com/home' }, { id: 2, url: 'https://www.facebook.com/' }, { id: 3, url: 'https://x.com/', discarded: true }]);
    expect(contentScriptFiles()).toEqual(['content-scripts/composer.js', 'content-scripts/engine.js']);
    const report = await injectIntoOpenTabs();
    expect(query).toHaveBeenCalledWith({ url: WATCHED_MATCHES });
    expect(executeScript.mock.calls.map(([arg]) => arg)).toEqual([
      { target: { tabId: 1 }, files: ['content-scripts/composer.js', 'content-scripts/engine.js'] },
      { target: { tabId: 2 }, files: ['content-scripts/composer.js', 'content-scripts/engine.js'] },
    ]);
    expect(report).toEqual({ injected: 2, failed: [] });
  });

  it('a tab that refuses is reported, and the others still get their scripts', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    world([{ id: 1, url: 'https://x.com/a' }, { id: 2, url: 'https://x.com/b' }], [1]);
    expect(await injectIntoOpenTabs()).toEqual({ injected: 1, failed: [{ tabId: 1, url: 'https://x.com/a', problem: 'Cannot access contents of the page' }] });
  });
});

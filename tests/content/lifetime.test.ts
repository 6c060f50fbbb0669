/** The content script's lifetime: the page cannot end it with WXT's "newer script started" event; the extension going away does. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ExtensionLifetime } from '../../entrypoints/composer.content/lifetime';

/** What a page script can dispatch once it knows the extension id (public and fixed on Firefox). */
// `${extension id}:${entrypoint}:wxt:content-script-started`, as WXT spells it in this build.
const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
function pretendNewerScript(name: string) {
  document.dispatchEvent(new CustomEvent(STARTED, { detail: { contentScriptName: name, messageId: 'page' } }));
}

afterEach(() => vi.restoreAllMocks());

describe('ExtensionLifetime', () => {
  it("WXT's own context dies of the page's event (why ours exists)", () => {
    const wxt = new ContentScriptContext('composer');
    pretendNewerScript('composer');
    expect(wxt.isValid).toBe(false);
  });

  it('keeps listening whatever the page dispatches', () => {
    const life = new ExtensionLifetime();
    const heard = vi.fn();
    life.addEventListener(window, 'click', heard, { capture: true });
    for (const name of ['composer', 'composer.content', 'engine', undefined]) pretendNewerScript(String(name));
    window.postMessage({ type: STARTED, contentScriptName: 'composer', messageId: 'page' }, '*');
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(life.isValid).toBe(true);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('ends when the extension is gone, at the next event, and says so once', () => {
    const life = new ExtensionLifetime();
    const heard = vi.fn();
    const ended = vi.fn();
    life.onInvalidated(ended);
    life.addEventListener(window, 'keydown', heard);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    window.dispatchEvent(new KeyboardEvent('keydown'));
    window.dispatchEvent(new KeyboardEvent('keydown'));
    expect(heard).not.toHaveBeenCalled();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(life.isValid).toBe(false);
  });
});

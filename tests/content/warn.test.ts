/** The warning's life on a hostile page: a page removing our host ends the dialog as "Edit post", not a trap. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureWarning, isWarningOpen, showWarning } from '../../entrypoints/composer.content/warn';
import { removeOverlay, uiRoot } from '../../entrypoints/composer.content/overlay';
import type { Finding } from '../../rules';

const finding: Finding = { category: 'child-name', ruleId: 'child-name', severity: 'medium', start: 0, end: 6, match: 'Oliver', message: "A child's name." };

afterEach(() => removeOverlay());

describe('showWarning', () => {
  it('a removed <second-look-ui> host ends the open dialog as "Edit post", and the next warning opens', async () => {
    const first = showWarning([{ finding, text: 'Oliver loved it' }], 'X');
    expect(isWarningOpen()).toBe(true);
    document.querySelectorAll('second-look-ui').forEach((host) => host.remove());
    expect(isWarningOpen()).toBe(false);
    await expect(first).resolves.toBe('edit');
    const second = showWarning([{ finding, text: 'Oliver loved it' }], 'X');
    expect(second).not.toBe(first);
    expect(isWarningOpen()).toBe(true);
    expect(uiRoot()?.querySelector('[data-layer="dialog"]')?.textContent).toContain('Oliver');
  });

  it("draws in a closed shadow root: the page's scripts get null from the host", () => {
    void showWarning([{ finding, text: 'Oliver loved it' }], 'X');
    const host = document.querySelector('second-look-ui')!;
    expect(host.shadowRoot).toBeNull();
    expect(uiRoot()?.mode).toBe('closed');
    expect(uiRoot()?.host).toBe(host);
  });

  it('a held post whose composer the page takes away (an SPA route change) ends as "Edit post" and says the composer left', async () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.textContent = 'Oliver loved it';
    const page = document.createElement('main');
    page.append(editor);
    document.body.append(page);
    const composerLeft = vi.fn();
    configureWarning({ pack: () => ({ allowNotAProblem: true }), show() {}, fix: async () => false, dismiss() {}, recheck: (items) => items, composerLeft });
    const choice = showWarning([{ finding, text: 'Oliver loved it', editor }], 'X');
    editor.remove();
    await expect(choice).resolves.toBe('edit');
    expect(isWarningOpen()).toBe(false);
    expect(composerLeft).toHaveBeenCalledWith([{ finding, text: 'Oliver loved it', editor }]);
    page.remove();
  });
});

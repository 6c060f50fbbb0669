/** Only the person's own file choice, paste or drop starts a picture check; events a page script makes up start none. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { installAttachments } from '../../entrypoints/composer.content/attachments';
import { instagram } from '../../entrypoints/composer.content/sites/instagram';

let ctx: ContentScriptContext;
beforeEach(() => (ctx = new ContentScriptContext('test')));
afterEach(() => ctx.abort());

it('a made-up "change", paste or drop (isTrusted false) attaches nothing', () => {
  document.body.innerHTML = `<div role="dialog" aria-label="Create new post"><input type="file" accept="image/*"><div contenteditable="true" role="textbox" aria-label="Write a caption..."></div></div>`;
  let sent = 0;
  const attachments = installAttachments(ctx, { site: instagram, send: () => (sent++, new Promise(() => {})), toFindings: () => ({ items: [], notDone: [] }), limitMs: 60_000 });
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  const caption = document.querySelector<HTMLElement>('[role="textbox"]')!;
  const file = new File(['x'], 'beach.jpg', { type: 'image/jpeg' });
  Object.defineProperty(input, 'files', { value: [file] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  for (const type of ['paste', 'drop']) {
    const e = new Event(type, { bubbles: true });
    Object.defineProperty(e, type === 'paste' ? 'clipboardData' : 'dataTransfer', { value: { files: [file] } });
    caption.dispatchEvent(e);
  }
  expect(attachments.pictures(instagram.composerOf(caption)!)).toEqual([]);
  expect(sent).toBe(0);
});

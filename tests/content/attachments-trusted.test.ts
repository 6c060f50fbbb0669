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

it('warms the checks when a person opens a file picker or drags a file in, not when a page script does', () => {
  document.body.innerHTML = `<div role="dialog" aria-label="Create new post"><input type="file" accept="image/*"><div contenteditable="true" role="textbox" aria-label="Write a caption..."></div></div>`;
  let warmed = 0;
  let person = false;
  let active = false;
  installAttachments(ctx, { site: instagram, send: () => new Promise(() => {}), toFindings: () => ({ items: [], notDone: [] }), limitMs: 60_000, warm: () => warmed++, fromPerson: () => person, personActive: () => active });
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  const drag = () => {
    const e = new Event('dragenter', { bubbles: true });
    Object.defineProperty(e, 'dataTransfer', { value: { types: ['Files'] } });
    document.body.dispatchEvent(e);
  };
  // A page's own click on the input (no person behind it) and its made-up drag warm nothing.
  input.click();
  drag();
  expect(warmed).toBe(0);
  // The site's button clicking its hidden input inside the person's click: warmed, once however often it repeats.
  active = true;
  input.click();
  input.click();
  expect(warmed).toBe(1);
});

it('a person dragging a file over the page warms the checks', () => {
  document.body.innerHTML = `<div contenteditable="true" role="textbox"></div>`;
  let warmed = 0;
  installAttachments(ctx, { site: instagram, send: () => new Promise(() => {}), toFindings: () => ({ items: [], notDone: [] }), limitMs: 60_000, warm: () => warmed++, fromPerson: () => true });
  const e = new Event('dragenter', { bubbles: true });
  Object.defineProperty(e, 'dataTransfer', { value: { types: ['text/plain'] } });
  document.body.dispatchEvent(e);
  expect(warmed).toBe(0);
  const f = new Event('dragenter', { bubbles: true });
  Object.defineProperty(f, 'dataTransfer', { value: { types: ['Files'] } });
  document.body.dispatchEvent(f);
  expect(warmed).toBe(1);
});

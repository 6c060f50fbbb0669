/** Where an attached picture belongs: Instagram's create flow picks the photo two steps before the caption box exists. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { installAttachments } from '../../entrypoints/composer.content/attachments';
import { instagram } from '../../entrypoints/composer.content/sites/instagram';

let ctx: ContentScriptContext;
beforeEach(() => (ctx = new ContentScriptContext('test')));
afterEach(() => ctx.abort());

it('a photo chosen in the create dialog before its caption exists is checked with that caption, not with a comment box focused earlier', () => {
  document.body.innerHTML = `<div role="dialog" aria-label="Create new post"><input type="file" accept="image/*"></div>
    <article><section><form method="POST"><textarea aria-label="Add a comment…"></textarea><div role="button" tabindex="0">Post</div></form></section></article>`;
  const attachments = installAttachments(ctx, { site: instagram, send: () => new Promise(() => {}), toFindings: () => ({ items: [], notDone: [] }), limitMs: 60_000, fromPerson: () => true });
  const comment = document.querySelector('textarea')!;
  comment.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [new File(['x'], 'beach.jpg', { type: 'image/jpeg' })] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // Next, Next: the picker goes, the caption and Share arrive.
  const dialog = document.querySelector('[role="dialog"]')!;
  dialog.innerHTML = `<div class="head"><h1>Create new post</h1><div role="button" tabindex="0">Share</div></div><div contenteditable="true" role="textbox" aria-label="Write a caption..."></div>`;
  const caption = instagram.composerOf(dialog.querySelector('[role="textbox"]')!)!;
  expect(attachments.pictures(caption).map((p) => p.name)).toEqual(['"beach.jpg"']);
  expect(attachments.pictures(instagram.composerOf(comment)!)).toEqual([]);
  attachments.forget(caption);
  expect(attachments.pictures(caption)).toEqual([]);
});

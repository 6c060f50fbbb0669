/**
 * Picture cases that run on any driver (Chromium and Firefox): the generated test pictures are written to disk and
 * chosen in the page's file input, as the picker gives them (a trusted change; Second Look ignores files a page sets).
 */
import { expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SitePage } from './harness/driver';
import type { CV } from '../images/draw';
import { LOGO_CASES, TEXT_CASES } from '../images/cases';

export interface PictureCase {
  name: string;
  site: 'x' | 'instagram';
  path: string;
  run(page: SitePage): Promise<void>;
}

let drawing: Promise<{ cv: CV; jpeg: (m: CV) => string }> | null = null;

/** A generated test picture (tests/images/cases.ts) as a JPEG file on disk; its path. */
async function pictureFile(draw: (cv: CV) => CV, name: string): Promise<string> {
  drawing ??= import('../images/draw').then(async (d) => ({ cv: (await d.loadCvNode()).cv, jpeg: (m: CV) => d.toJpegDataUrl(m, 85) }));
  const { cv, jpeg } = await drawing;
  const m = draw(cv);
  const b64 = jpeg(m).split(',')[1];
  m.delete();
  const path = join(mkdtempSync(join(tmpdir(), 'second-look-pic-')), name);
  writeFileSync(path, Buffer.from(b64, 'base64'));
  return path;
}

const sentCount = async (page: SitePage) => (await page.sent()).length;

/** Waits for the dialog to show something other than "checking", or for the post to go. */
async function outcome(page: SitePage, before: number, ms = 40_000) {
  const until = Date.now() + ms;
  for (;;) {
    const dialog = await page.dialog();
    const sent = (await sentCount(page)) - before;
    if (sent > 0 || (dialog && !/Checking the photo/.test(dialog.text)) || Date.now() > until) {
      // What Second Look said on the page (a check that gave up says so there), for a failure's message.
      const said = await page.inShadow<string>(`(root) => root?.textContent ?? ''`);
      return { dialog, sent, said };
    }
    await page.wait(200);
  }
}

/** The dialog as soon as it is open: one protocol round trip after it is drawn, far less than a picture check takes. */
async function firstDialog(page: SitePage, ms = 20_000) {
  const until = Date.now() + ms;
  for (;;) {
    const dialog = await page.dialog();
    if (dialog || Date.now() > until) return dialog;
  }
}

/** In this order: the first picture of a browser also loads the OCR model, and the "checking" case wants the usual time. */
export const PICTURE_CASES: PictureCase[] = [
  {
    name: "Instagram's create flow: a photo chosen two steps before the caption exists is checked with that caption, and a comment box focused earlier is not held for it",
    site: 'instagram',
    path: '/',
    async run(page) {
      const file = await pictureFile(LOGO_CASES[4].draw, 'sign.jpg');
      // The user was in a feed comment box first: the page-wide "last editor" is that box.
      await page.click('[data-surface="ig-feed"] textarea');
      await page.type('Lovely sunset');
      await page.click('[data-open="ig-new"]');
      await page.click('[data-open="ig-caption"]');
      await page.chooseFile('[data-surface="ig-caption"] input[type="file"]', file);
      const next = '[data-surface="ig-caption"] .head > :last-child';
      await page.click(next);
      await page.click(next);
      await page.click('[data-surface="ig-caption"] [role="textbox"]');
      await page.type('Lovely walk this morning');
      const before = await sentCount(page);
      await page.click(next);
      const got = await outcome(page, before);
      expect(got.sent, got.said).toBe(0);
      expect(got.dialog?.marks.some((m) => m.startsWith("The setting's logo"))).toBe(true);
      expect(got.dialog?.text).toContain('in the picture "sign.jpg"');
      await page.press('Escape');
      // The clean comment goes at once: no "Checking the photo…" for a picture that is not its own.
      await page.click('form[data-surface="ig-feed"] > [role="button"]:last-child');
      expect(await sentCount(page)).toBe(before + 1);
      expect(await page.dialog()).toBeNull();
    },
  },
  {
    name: 'posting before the check is done shows "checking the photo" and then what the picture holds',
    site: 'x',
    path: '/home',
    async run(page) {
      const file = await pictureFile(TEXT_CASES[0].draw, 'painting.jpg');
      await page.click('[data-surface="x-home"] [data-testid="tweetTextarea_0"]');
      await page.type('Look what we made');
      const before = await sentCount(page);
      // The check starts when the picture is chosen and takes far longer than the press that follows it.
      await page.chooseFile('[data-surface="x-home"] input[type="file"]', file);
      await page.click('[data-surface="x-home"] [data-testid="tweetButtonInline"]');
      // The dialog opens saying the photo is still being checked.
      expect((await firstDialog(page))?.text).toMatch(/Checking the photo… \("painting.jpg"\)/);
      const got = await outcome(page, before);
      expect(got.sent, got.said).toBe(0);
      // The child's name read off the painting, as a child-name finding from the picture.
      expect(got.dialog?.marks.join(' ')).toMatch(/OLIVER/i);
      expect(got.dialog?.text).toContain('in the picture "painting.jpg"');
    },
  },
];

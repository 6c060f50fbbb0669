/** Chromium: pictures attached on the X and Facebook fixtures are checked by the extension and join the same warning as the text. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, routeFixtures } from './harness/chromium';
import { chromiumInShadow } from './harness/shadow';
import { READ_DIALOG } from './harness/page-probes';
import type { CV } from '../images/draw';
import { LOGO_CASES, OTHER_LOGO_CASES } from '../images/cases';

let context: BrowserContext;
let page: Page;
let cv: CV;
const requests: { url: string; body: string | null }[] = [];

type Dialog = { marks: string[]; text: string } | null;
const dialog = () => chromiumInShadow(page, READ_DIALOG) as Promise<Dialog>;
const sentCount = () => page.evaluate('window.__sent.length') as Promise<number>;

/** A generated test picture as a file the page's picker can take. */
function picture(draw: (cv: CV) => CV, name: string) {
  const m = draw(cv);
  const b64 = (jpegOf(m)).split(',')[1];
  m.delete();
  return { name, mimeType: 'image/jpeg', buffer: Buffer.from(b64, 'base64') };
}
let jpegOf: (m: CV) => string;

const SURFACES = {
  x: {
    open: async () => page.goto('https://x.com/home'),
    editor: '[data-surface="x-home"] [data-testid="tweetTextarea_0"]',
    file: '[data-surface="x-home"] input[type="file"]',
    post: '[data-surface="x-home"] [data-testid="tweetButtonInline"]',
  },
  facebook: {
    open: async () => {
      await page.goto('https://www.facebook.com/');
      await page.click('[data-open="fb-post"]');
    },
    editor: '[data-surface="fb-post"] [contenteditable="true"]',
    file: '[data-surface="fb-post"] input[type="file"]',
    post: '[data-surface="fb-post"] [role="button"][aria-label="Post"]',
  },
} as const;

async function attachAndType(site: keyof typeof SURFACES, file: ReturnType<typeof picture>, text: string) {
  const s = SURFACES[site];
  await s.open();
  await page.waitForFunction('!!window.__sent');
  await page.click(s.editor);
  await page.keyboard.type(text);
  // From a file on disk, as the picker gives it: the browser then fires a trusted "change" (a buffer would be set by
  // script, and Second Look ignores pictures the page itself puts in).
  const path = join(mkdtempSync(join(tmpdir(), 'second-look-pic-')), file.name);
  writeFileSync(path, file.buffer);
  await page.setInputFiles(s.file, path);
}

/** Waits for the dialog to show something other than "checking", or for the post to go. */
async function outcome(before: number, ms = 40_000): Promise<{ dialog: Dialog; sent: number }> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const d = await dialog();
    const sent = (await sentCount()) - before;
    if (sent > 0 || (d && !/Checking the photo/.test(d.text))) return { dialog: d, sent };
    await page.waitForTimeout(200);
  }
  return { dialog: await dialog(), sent: (await sentCount()) - before };
}

beforeAll(async () => {
  const draw = await import('../images/draw');
  ({ cv } = await draw.loadCvNode());
  jpegOf = (m) => draw.toJpegDataUrl(m, 85);
  context = await launchWithExtension(true);
  await routeFixtures(context);
  context.on('request', (r) => requests.push({ url: r.url(), body: r.postData() }));
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await context?.close();
});

describe.each(['x', 'facebook'] as const)('%s', (site) => {
  it('a picture with the setting\'s logo brings the warning, even with clean text', async () => {
    await attachAndType(site, picture(LOGO_CASES[4].draw, 'sign.jpg'), 'Lovely walk this morning');
    // Pressed whether or not the check has finished: the dialog waits for it ("Checking the photo…"), and outcome() for the dialog.
    const before = await sentCount();
    await page.click(SURFACES[site].post);
    const got = await outcome(before);
    expect(got.sent).toBe(0);
    expect(got.dialog?.marks.some((m) => m.startsWith("The setting's logo"))).toBe(true);
    expect(got.dialog?.text).toContain('in the picture "sign.jpg"');
  });

  it('a clean picture with clean text posts', async () => {
    await attachAndType(site, picture(OTHER_LOGO_CASES[4].draw, 'hills.jpg'), 'Lovely walk this morning');
    const before = await sentCount();
    await page.click(SURFACES[site].post);
    const got = await outcome(before);
    expect(got.sent).toBe(1);
  });
});

// Posting while a check runs, and Instagram's photo-before-caption flow, run in both browsers: tests/e2e/picture-cases.ts.
describe('x, details', () => {
  it('a pasted picture is checked too, and no request carries it', async () => {
    await page.goto('https://x.com/home');
    await page.waitForFunction('!!window.__sent');
    await page.click(SURFACES.x.editor);
    await page.keyboard.type('Our new sign');
    const file = picture(LOGO_CASES[0].draw, 'logo.jpg');
    // A real paste (made-up paste events are ignored): the picture goes on the clipboard as a PNG, then Ctrl+V.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
    await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
      const png = await canvas.convertToBlob({ type: 'image/png' });
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    }, file.buffer.toString('base64'));
    await page.click(SURFACES.x.editor);
    await page.keyboard.press('Control+V');
    const before = await sentCount();
    await page.click(SURFACES.x.post);
    const got = await outcome(before);
    expect(got.dialog?.marks.some((m) => m.startsWith("The setting's logo"))).toBe(true);
    const sample = file.buffer.toString('base64').slice(100, 160);
    expect(requests.filter((r) => (r.body ?? '').includes(sample) || r.url.includes(sample))).toEqual([]);
  });
});

/**
 * Phones (issue 10): the sites' mobile web pages in a 360 px viewport driven by touch, as Firefox for Android shows them.
 * A tap on marked words shows their description (there is no hover), and the warning fits the screen and is used by taps.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CATEGORY_LABELS } from '../../rules';
import { SEVERITY_WORDS } from '../../components/categories';
import { PHONE, type BrowserDriver, type SitePage } from './harness/driver';
import { dialogControlCentre } from './harness/page-probes';
import { SHOTS } from './harness/screenshots';
import { findingsOf, type Texts } from './texts';

export interface PhoneCase {
  name: string;
  run(driver: BrowserDriver, texts: Texts): Promise<void>;
}

type Box = { left: number; top: number; right: number; bottom: number; width: number; height: number };

async function poll<T>(page: SitePage, expression: string, ms = 4_000): Promise<T> {
  return pollWith(() => page.evaluate<T>(expression), page, ms);
}

/** Polls a probe of our closed shadow root, `(root) => …`, reached through the automation protocol. */
async function pollShadow<T>(page: SitePage, probe: string, ms = 4_000): Promise<T> {
  return pollWith(() => page.inShadow<T>(probe), page, ms);
}

async function pollWith<T>(read: () => Promise<T>, page: SitePage, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value || Date.now() > end) return value;
    await page.wait(25);
  }
}

/** The centre of an element of the page, in viewport pixels. */
const centreOf = (selector: string) => `(() => {
  const r = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect();
  return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
})()`;

async function tapOn(page: SitePage, selector: string) {
  const at = await page.evaluate<{ x: number; y: number } | null>(centreOf(selector));
  if (!at) throw new Error(`nothing at ${selector}`);
  await page.tap(at.x, at.y);
}

async function tapInDialog(page: SitePage, name: string) {
  const at = await page.inShadow<{ x: number; y: number } | null>(dialogControlCentre(name));
  if (!at) throw new Error(`no "${name}" in the dialog`);
  await page.tap(at.x, at.y);
}

/**
 * A probe: where the first marked words are on screen, once marked. Both kinds of mark are in our closed shadow root: a
 * textarea's in its mirror, an editable's as boxes over the words (within the editor's box).
 */
const MARK_CENTRE = (editor: string) => `(root) => {
  const ed = document.querySelector(${JSON.stringify(editor)});
  if (!root || !ed) return null;
  const e = ed.getBoundingClientRect();
  const boxes = ed instanceof HTMLTextAreaElement
    ? [...root.querySelectorAll('.mirror .mark')].map((m) => m.getBoundingClientRect())
    : [...root.querySelectorAll('[data-layer="boxes"] .box')].map((b) => b.getBoundingClientRect()).filter((r) => r.left >= e.left - 1 && r.right <= e.right + 1 && r.top >= e.top - 1 && r.bottom <= e.bottom + 1);
  const b = boxes.find((r) => r.width > 0);
  return b ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null;
}`;

/** A probe: the description shown, or null. */
const TIP = `(root) => { const t = root?.querySelector('[role="tooltip"]'); if (!t || t.hidden) return null; const r = t.getBoundingClientRect(); return { text: t.textContent, left: r.left, right: r.right }; }`;

/** A tap on a mark shows its description inside the screen; a tap away from the box hides it. */
function tapDescribes(site: 'x' | 'mfacebook', path: string, editor: string, away: string): PhoneCase {
  return {
    name: `${site}${path}: a tap on marked words shows their description inside the screen, a tap elsewhere hides it`,
    async run(driver, t) {
      const page = await driver.open(site, path, { phone: true });
      await tapOn(page, editor);
      await page.type(t.medium);
      expect(await pollShadow(page, MARK_CENTRE(editor)), 'the flagged words are marked').not.toBeNull();
      // The last check of the typing may still redraw the marks: tap where they are once settled.
      await page.wait(400);
      const at = (await page.inShadow<{ x: number; y: number } | null>(MARK_CENTRE(editor)))!;
      expect(await page.inShadow(TIP)).toBeNull();
      await page.tap(at.x, at.y);
      const tip = await pollShadow<{ text: string; left: number; right: number } | null>(page, TIP);
      expect(tip, `a description after a tap at ${JSON.stringify(at)}`).not.toBeNull();
      const [flag] = findingsOf(t.medium).filter((f) => f.severity !== 'low');
      expect(tip?.text).toContain(`${SEVERITY_WORDS[flag.severity]} · ${CATEGORY_LABELS[flag.category]}: ${flag.message}`);
      // A phone has no keys to offer (Firefox's taps here are mouse clicks: it offers the keys).
      if (driver.name === 'chromium') expect(tip?.text).toContain("tap the count in the box's corner");
      expect(tip!.left).toBeGreaterThanOrEqual(0);
      expect(tip!.right).toBeLessThanOrEqual(PHONE.width);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot(join(SHOTS, `phone-description-${site}-${driver.name}.png`));
      await tapOn(page, away);
      expect(await pollShadow<boolean>(page, `(root) => (${TIP})(root) === null`)).toBe(true);
    },
  };
}

/** Every part of the open warning as laid out now: the dialog, its scroll, and each control's box. */
const LAYOUT = `(root) => {
  const d = root?.querySelector('.dialog');
  if (!d) return null;
  const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height }; };
  const controls = [...d.querySelectorAll('button, input[type="checkbox"], a[href]')].map((el) => ({ name: (el.textContent || el.getAttribute('aria-label') || el.type).trim(), box: box(el.closest('label') ?? el) }));
  return { dialog: box(d), overflowX: d.scrollWidth - d.clientWidth, page: document.documentElement.scrollWidth - innerWidth, width: innerWidth, controls };
}`;

const WARNING_FITS: PhoneCase = {
  name: 'the warning fits a 360 px screen: nothing past its edges, every control a finger can hit; "I understand" and "Post anyway" by taps send once',
  async run(driver, t) {
    const page = await driver.open('x', '/compose/post?mobile=1', { phone: true });
    const editor = '[data-surface="x-mobile"] textarea';
    await tapOn(page, editor);
    await page.type(t.high);
    await tapOn(page, '[data-testid="tweetButton"]');
    const layout = await pollShadow<{ dialog: Box; overflowX: number; page: number; width: number; controls: { name: string; box: Box }[] } | null>(page, LAYOUT, 10_000);
    expect(layout, 'the warning opened').not.toBeNull();
    expect(layout!.width).toBe(PHONE.width);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot(join(SHOTS, `phone-warning-${driver.name}.png`));
    expect(layout!.dialog.left).toBeGreaterThanOrEqual(0);
    expect(layout!.dialog.right).toBeLessThanOrEqual(PHONE.width);
    expect(layout!.overflowX, 'the dialog scrolls sideways').toBeLessThanOrEqual(0);
    expect(layout!.page, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    for (const c of layout!.controls) {
      expect(c.box.left, c.name).toBeGreaterThanOrEqual(0);
      expect(c.box.right, c.name).toBeLessThanOrEqual(PHONE.width);
      // WCAG 2.2's minimum target (24 × 24 CSS px).
      expect(Math.min(c.box.width, c.box.height), c.name).toBeGreaterThanOrEqual(24);
    }
    const before = (await page.sent()).length;
    await tapInDialog(page, 'confirm');
    await tapInDialog(page, 'Post anyway');
    await poll<boolean>(page, `window.__sent.length > ${before}`);
    await page.wait(300);
    const sent = await page.sent();
    expect(sent.length).toBe(before + 1);
    expect(sent.at(-1)).toMatchObject({ surface: 'x-mobile', texts: [t.high] });
  },
};

export const PHONE_CASES: PhoneCase[] = [
  tapDescribes('x', '/compose/post?mobile=1', '[data-surface="x-mobile"] textarea', '[data-testid="unsentButton"]'),
  tapDescribes('mfacebook', '/?editable=div', '[data-mcomponent="ServerTextArea"] [contenteditable]', '[data-action-id="32792"]'),
  WARNING_FITS,
];

/** What a hostile page does to switch Second Look off or read it, as data: each case runs in Chromium and Firefox. */
import { expect } from 'vitest';
import type { SitePage } from './harness/driver';
import type { Surface } from './surfaces';
import type { Texts } from './texts';

export interface AttackCase {
  name: string;
  /** `extensionId` is what a page can learn (Firefox's is fixed and public; Chrome's shows in WXT's events). */
  run(page: SitePage, surface: Surface, texts: Texts, extensionId: string): Promise<void>;
}

async function compose(page: SitePage, s: Surface, text: string) {
  for (const step of s.open ? [s.open].flat() : []) await page.click(step);
  await page.click(s.editors[0]!);
  await page.type(text);
}

async function heldWithin(page: SitePage, ms = 1_000): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 25) {
    if (await page.dialog()) return true;
    await page.wait(25);
  }
  return false;
}

export const ATTACK_CASES: AttackCase[] = [
  {
    name: 'WXT\'s "a newer content script started" event, sent by the page with the extension id, does not switch the checks off',
    async run(page, s, t, extensionId) {
      await page.evaluate(`(() => {
        for (const script of ['composer', 'engine', 'composer.content']) {
          const type = ${JSON.stringify(extensionId)} + ':' + script + ':wxt:content-script-started';
          document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: script, messageId: 'page' } }));
          window.postMessage({ type, contentScriptName: script, messageId: 'page' }, '*');
        }
      })()`);
      await compose(page, s, t.medium);
      const before = (await page.sent()).length;
      await page.click(s.button);
      expect(await heldWithin(page)).toBe(true);
      expect((await page.sent()).length).toBe(before);
      await page.clickInDialog('Edit post');
    },
  },
  {
    name: 'pastes and drops the page makes up start no picture check: a clean post goes at once',
    async run(page, s, t) {
      await compose(page, s, t.clean);
      await page.evaluate(`(() => {
        const ed = document.querySelector(${JSON.stringify(s.editors[0])});
        // A 1x1 PNG, as thirty pastes and drops.
        const bytes = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
        for (let i = 0; i < 30; i++) {
          const dt = new DataTransfer();
          dt.items.add(new File([bytes], 'p' + i + '.png', { type: 'image/png' }));
          ed.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
          ed.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        }
      })()`);
      const before = (await page.sent()).length;
      await page.click(s.button);
      expect(await page.dialog()).toBeNull();
      expect((await page.sent()).length).toBe(before + 1);
    },
  },
  {
    name: 'a page script pressing "I understand" and "Post anyway" itself does nothing; the person\'s own press still works',
    async run(page, s, t) {
      await compose(page, s, t.high);
      const before = (await page.sent()).length;
      await page.click(s.button);
      expect(await heldWithin(page)).toBe(true);
      const pressed = await page.evaluate<string[]>(`(() => {
        const root = document.querySelector('second-look-ui')?.shadowRoot;
        const all = [...(root?.querySelectorAll('button, input[type="checkbox"]') ?? [])];
        const names = [];
        for (const el of all) {
          const name = (el.getAttribute('aria-label') || el.textContent || el.closest('label')?.textContent || '').trim();
          if (/understand|post anyway/i.test(name)) {
            el.click();
            el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
            names.push(name);
          }
        }
        return names;
      })()`);
      expect(pressed.length).toBeGreaterThanOrEqual(1);
      await page.wait(200);
      expect((await page.sent()).length).toBe(before);
      expect(await page.dialog()).not.toBeNull();
      expect((await page.dialog())!.postAnywayDisabled).toBe(true);
      await page.clickInDialog('Edit post');
    },
  },
  {
    name: 'the page removing <second-look-ui> while the warning is open: the next press warns again, the draft intact',
    async run(page, s, t) {
      await compose(page, s, t.medium);
      const before = (await page.sent()).length;
      await page.click(s.button);
      expect(await heldWithin(page)).toBe(true);
      await page.evaluate(`document.querySelectorAll('second-look-ui').forEach((host) => host.remove())`);
      expect(await page.dialog()).toBeNull();
      await page.click(s.button);
      expect(await heldWithin(page)).toBe(true);
      expect((await page.sent()).length).toBe(before);
      await page.clickInDialog('Edit post');
      expect(await page.evaluate<string[]>(`window.__plainText[${JSON.stringify(s.id)}]()`)).toEqual([t.medium]);
    },
  },
  {
    name: 'the page sees no Second Look performance entries, even after a post is held',
    async run(page, s, t) {
      await compose(page, s, t.medium);
      await page.click(s.button);
      expect(await heldWithin(page)).toBe(true);
      await page.wait(100);
      const names = await page.evaluate<string[]>(`performance.getEntries().map((e) => e.name).filter((n) => /second-look/i.test(n))`);
      expect(names).toEqual([]);
      await page.clickInDialog('Edit post');
    },
  },
];

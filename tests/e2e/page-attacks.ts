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

/** A post naming one of the demo pack's children: its marks and its warning are pack content the page must not see. */
const CHILD = 'Lovely afternoon with Oliver Brooks in the garden';

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
      // "At once" holds once the checks are loaded; before that a press waits for them.
      await page.checksLoaded();
      const before = (await page.sent()).length;
      await page.click(s.button);
      expect(await page.dialog()).toBeNull();
      expect((await page.sent()).length).toBe(before + 1);
    },
  },
  {
    name: 'a page script cannot reach the dialog (a closed shadow root, no handle anywhere on the page) nor press its buttons; the person\'s own press still works',
    async run(page, s, t) {
      // Installed before anything is drawn: what a page sees of the events our UI gets.
      await page.evaluate(`(() => {
        window.__paths = [];
        for (const type of ['click', 'pointerdown', 'focusin', 'keydown']) {
          window.addEventListener(type, (e) => window.__paths.push(e.composedPath().filter((n) => n instanceof Node && !(n instanceof Document) && n !== document.documentElement && n !== document.body).map((n) => n.nodeName)), true);
        }
      })()`);
      await compose(page, s, t.high);
      const before = (await page.sent()).length;
      await page.click(s.button);
      expect(await heldWithin(page)).toBe(true);
      // Where "Post anyway" is on screen is no secret (a page can guess it): the test side measures it, the page is told.
      const at = await page.inShadow<{ x: number; y: number }>(`(root) => {
        const b = [...root.querySelectorAll('[role="alertdialog"] button')].find((el) => el.textContent.trim() === 'Post anyway');
        const r = b.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }`);
      const seen = await page.evaluate<{ shadowRoot: unknown; attachShadow: string; roots: string[]; hit: string; texts: boolean; active: string }>(`(() => {
        const host = document.querySelector('second-look-ui');
        let attachShadow = 'allowed';
        try { host.attachShadow({ mode: 'open' }); } catch (e) { attachShadow = e.name; }
        // Every ShadowRoot object a page script can reach from window, two levels deep.
        const roots = [];
        const look = (obj, path, depth) => {
          for (const key of Object.getOwnPropertyNames(obj)) {
            let v;
            try { v = obj[key]; } catch { continue; }
            if (v instanceof ShadowRoot) roots.push(path + key);
            else if (depth && v && typeof v === 'object' && !(v instanceof Node)) look(v, path + key + '.', depth - 1);
          }
        };
        look(window, '', 2);
        const hit = document.elementFromPoint(${at.x}, ${at.y});
        hit?.click();
        hit?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: ${at.x}, clientY: ${at.y} }));
        host.click();
        return {
          shadowRoot: host.shadowRoot, attachShadow, roots, hit: hit?.nodeName ?? '',
          texts: /Post anyway|I understand/.test(document.documentElement.innerText + document.documentElement.textContent),
          active: document.activeElement?.nodeName ?? '',
        };
      })()`);
      expect(seen.shadowRoot).toBeNull();
      expect(seen.attachShadow).toBe('NotSupportedError');
      expect(seen.roots).toEqual([]);
      // The page's hit test and focus stop at our host: nothing inside is named to it.
      expect(seen.hit).toBe('SECOND-LOOK-UI');
      expect(seen.active).toBe('SECOND-LOOK-UI');
      expect(seen.texts).toBe(false);
      await page.wait(200);
      expect((await page.sent()).length).toBe(before);
      expect(await page.dialog()).not.toBeNull();
      await page.clickInDialog('Edit post');
      // The person's own clicks reached the page's listeners with nothing from inside our root in their path.
      const paths = await page.evaluate<string[][]>('window.__paths');
      expect(paths.some((p) => p[0] === 'SECOND-LOOK-UI')).toBe(true);
      expect(paths.flat()).not.toContain('#document-fragment');
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
    name: 'the page learns nothing of the pack: no highlights, attributes, styles, performance entries or messages, while a child\'s name is marked',
    async run(page, s, t) {
      await page.evaluate(`(() => {
        window.__messages = [];
        // The fixtures' own React posts "setImmediate$…" to itself; everything else is a message someone else sent.
        window.addEventListener('message', (e) => { const m = JSON.stringify(e.data) ?? String(e.data); if (!/^"setImmediate\\$[\\d.]+\\$\\d+"$/.test(m)) window.__messages.push(m); });
        window.__globalsBefore = Object.getOwnPropertyNames(window);
      })()`);
      await compose(page, s, CHILD);
      // Marked for the person (the test side sees the boxes in our closed root)...
      let boxes = 0;
      for (let i = 0; i < 120 && !boxes; i++) {
        await page.wait(25);
        boxes = await page.inShadow<number>(`(root) => root?.querySelectorAll('[data-layer="boxes"] .box').length ?? 0`);
      }
      expect(boxes).toBeGreaterThan(0);
      await page.click(s.button);
      expect(await heldWithin(page)).toBe(true);
      await page.wait(100);
      // ...and nothing of it for the page's scripts, which see the words they were given and no more.
      const seen = await page.evaluate<Record<string, unknown>>(`(() => {
        const editor = document.querySelector(${JSON.stringify(s.editors[0])});
        const highlights = typeof CSS !== 'undefined' && CSS.highlights ? [...CSS.highlights.keys()] : [];
        const outside = [...document.querySelectorAll('*')].filter((el) => !editor.contains(el) && !el.contains(editor));
        return {
          highlights,
          attributes: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name + '=' + a.value)).filter((a) => /second.?look|wxt/i.test(a)),
          hostAttributes: [...(document.querySelector('second-look-ui')?.attributes ?? [])].map((a) => a.name),
          styles: [...document.querySelectorAll('style, link[rel="stylesheet"]')].map((el) => el.textContent).filter((css) => /second.?look|highlight/i.test(css)),
          entries: performance.getEntries().map((e) => e.name).filter((n) => /second.?look|chrome-extension|moz-extension/i.test(n)),
          messages: window.__messages,
          globals: Object.getOwnPropertyNames(window).filter((k) => !window.__globalsBefore.includes(k) && /second|look|wxt|shadow|sl/i.test(k)),
          nameOutsideEditor: outside.some((el) => el.childElementCount === 0 && /Oliver|Brooks/.test(el.textContent ?? '')),
        };
      })()`);
      expect(seen).toEqual({ highlights: [], attributes: [], hostAttributes: [], styles: [], entries: [], messages: [], globals: [], nameOutsideEditor: false });
      await page.clickInDialog('Edit post');
    },
  },
  {
    name: 'an SPA route change takes the composer away while the warning is open: the warning ends, and the composer that comes back with the draft is checked again',
    async run(page, s, t) {
      await compose(page, s, t.medium);
      const before = (await page.sent()).length;
      await page.click(s.button);
      expect(await heldWithin(page)).toBe(true);
      // The site's router moves on (a link the page follows, a redirect): the home composer unmounts.
      await page.evaluate(`(() => { history.pushState(null, '', '/explore'); dispatchEvent(new PopStateEvent('popstate')); })()`);
      expect(await page.evaluate<boolean>(`!document.querySelector(${JSON.stringify(s.editors[0])})`)).toBe(true);
      let open = true;
      for (let i = 0; i < 40 && open; i++) {
        await page.wait(25);
        open = (await page.dialog()) !== null;
      }
      expect(open).toBe(false);
      expect(await page.evaluate<number>(`document.querySelectorAll('[inert]').length`)).toBe(0);
      // Back: the composer comes back with the draft the site kept, and it is marked again without a keystroke.
      await page.evaluate('history.back()');
      let boxes = 0;
      for (let i = 0; i < 120 && !boxes; i++) {
        await page.wait(25);
        boxes = await page.inShadow<number>(`(root) => root?.querySelectorAll('[data-layer="boxes"] .box').length ?? 0`);
      }
      expect(boxes).toBeGreaterThan(0);
      expect(await page.evaluate<string[]>(`window.__plainText[${JSON.stringify(s.id)}]()`)).toEqual([t.medium]);
      await page.click(s.button);
      expect(await heldWithin(page)).toBe(true);
      expect((await page.sent()).length).toBe(before);
      await page.clickInDialog('Post anyway');
      let sent = await page.sent();
      for (let i = 0; i < 40 && sent.length === before; i++) {
        await page.wait(25);
        sent = await page.sent();
      }
      expect(sent.length).toBe(before + 1);
      expect(sent.at(-1)).toMatchObject({ surface: s.id, texts: [t.medium] });
    },
  },
];

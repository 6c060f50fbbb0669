/** Builds a site adapter from its selector data: composers found at event time with closest(), never cached. */
import type { Composer, SiteAdapter, SiteSelectors, Submission } from './types';
import { readEditorText } from '../text-map';

interface SiteDefinition {
  id: SiteAdapter['id'];
  hosts: string[];
  selectors: SiteSelectors;
}

/** The element an event really started on, looking through open shadow roots. */
export function eventTarget(event: Event): Element | null {
  const first = event.composedPath?.()[0] ?? event.target;
  if (first instanceof Element) return first;
  return first instanceof Node ? first.parentElement : null;
}

function closestAny(el: Element, selectors: string[]): Element | null {
  for (const sel of selectors) {
    const hit = el.closest(sel);
    if (hit) return hit;
  }
  return null;
}

function isDisabled(el: Element): boolean {
  return el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled === true;
}

function accessibleLabel(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
}

export function defineSite(def: SiteDefinition): SiteAdapter {
  const sel = def.selectors;
  const editorSel = sel.editors.join(',');

  /** Editors inside a root, outermost only (a selector may match both a wrapper and its editable child). */
  function editorsIn(root: ParentNode): HTMLElement[] {
    const all = [...root.querySelectorAll<HTMLElement>(editorSel)];
    return all.filter((e) => !all.some((o) => o !== e && o.contains(e)));
  }

  function editorOf(el: Element): HTMLElement | null {
    let hit: HTMLElement | null = null;
    for (let cur = el.closest<HTMLElement>(editorSel); cur; cur = cur.parentElement?.closest<HTMLElement>(editorSel) ?? null) hit = cur;
    return hit;
  }

  function buttonIn(root: Element): HTMLElement | null {
    for (const s of sel.submitButtons) {
      const b = root.querySelector<HTMLElement>(s);
      if (b) return b;
    }
    return [...root.querySelectorAll<HTMLElement>('button,[role="button"]')].find((b) => sel.submitLabels.includes(accessibleLabel(b))) ?? null;
  }

  /** Nearest listed container holding an editor; failing that, the nearest ancestor that holds one. */
  function composerOf(el: Element): Composer | null {
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const root = closestAny(cur, sel.composers);
      if (!root) break;
      const editors = editorsIn(root);
      if (editors.length) return { root, editors, button: buttonIn(root) };
      cur = root;
    }
    for (let cur: Element | null = el; cur && cur !== document.documentElement; cur = cur.parentElement) {
      const editors = editorsIn(cur);
      if (editors.length) return { root: cur, editors, button: buttonIn(cur) };
    }
    return null;
  }

  function submitButtonAt(el: Element): HTMLElement | null {
    const listed = closestAny(el, sel.submitButtons) as HTMLElement | null;
    if (listed) return listed;
    const button = el.closest<HTMLElement>('button,[role="button"]');
    return button && sel.submitLabels.includes(accessibleLabel(button)) ? button : null;
  }

  function isSubmit(event: Event): Submission | null {
    const target = eventTarget(event);
    if (!target) return null;
    if (event.type === 'click') {
      const button = submitButtonAt(target);
      if (!button || isDisabled(button) || editorOf(button)) return null;
      const composer = composerOf(button);
      return composer ? { kind: 'click', composer: { ...composer, button }, target: button } : null;
    }
    if (event.type === 'submit') {
      const composer = target instanceof HTMLFormElement && editorsIn(target).length ? composerOf(editorsIn(target)[0]) : null;
      return composer ? { kind: 'form', composer, target: target as HTMLElement } : null;
    }
    if (event.type !== 'keydown') return null;
    const k = event as KeyboardEvent;
    if (k.isComposing || k.keyCode === 229) return null;
    const key = { key: k.key, code: k.code, ctrlKey: k.ctrlKey, metaKey: k.metaKey, shiftKey: k.shiftKey, altKey: k.altKey };
    const editor = editorOf(target);
    if (editor && k.key === 'Enter') {
      const mod = k.ctrlKey || k.metaKey;
      const plain = !mod && !k.shiftKey && !k.altKey;
      const kind = mod && sel.modEnterSends ? 'mod-enter' : plain && sel.enterSends.some((s) => editor.matches(s)) ? 'enter' : null;
      const composer = kind ? composerOf(editor) : null;
      return kind && composer ? { kind, composer, target: editor, key } : null;
    }
    if (!editor && (k.key === 'Enter' || k.key === ' ')) {
      const button = submitButtonAt(target);
      // A real <button> turns Enter/Space into a click we already watch; a div button does not.
      if (!button || button instanceof HTMLButtonElement || isDisabled(button)) return null;
      const composer = composerOf(button);
      return composer ? { kind: 'button-key', composer: { ...composer, button }, target: button, key } : null;
    }
    return null;
  }

  function resend(sub: Submission): void {
    const { kind, target, key } = sub;
    if (kind === 'form') {
      (target as HTMLFormElement).requestSubmit();
    } else if (kind === 'click' || kind === 'button-key' || (kind === 'mod-enter' && sub.composer.button)) {
      (sub.composer.button ?? target).click();
    } else if (key) {
      // Lexical and textarea handlers act on keydown; an untrusted key event inserts nothing itself.
      target.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true, composed: true }));
    }
  }

  return {
    id: def.id,
    hosts: def.hosts,
    selectors: sel,
    findComposers: (root) =>
      editorsIn(root)
        .map((e) => composerOf(e))
        .filter((c, i, all): c is Composer => !!c && all.findIndex((o) => o?.root === c.root) === i),
    composerOf,
    editorOf,
    readText: readEditorText,
    isSubmit,
    resend,
  };
}

/** Builds a site adapter from its selector data: composers found at event time by walking up from the event, never cached. */
import type { Composer, KeyRecord, SiteAdapter, SiteSelectors, Submission } from './types';
import { readEditorText } from '../text-map';

interface SiteDefinition {
  id: SiteAdapter['id'];
  hosts: string[];
  selectors: SiteSelectors;
}

/** A composer never reaches past one of these: a dialog, a post or comment, a form. */
export const BOUNDARIES = '[role="dialog"],[role="article"],article,form';
/** What a control found by its name may be. */
const NAMED_CONTROLS = 'button,[role="button"],[role="link"],input[type="submit"]';

/** The element an event really started on, looking through open shadow roots. */
export function eventTarget(event: Event): Element | null {
  const first = event.composedPath?.()[0] ?? event.target;
  if (first instanceof Element) return first;
  return first instanceof Node ? first.parentElement : null;
}

/** Cmd on a Mac, Ctrl elsewhere, as Draft.js's KeyBindingUtil.hasCommandModifier decides (and X with it). */
export function isMacPlatform(): boolean {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return /^(mac|iphone|ipad|ipod)/i.test(nav.userAgentData?.platform || nav.platform || '');
}

function isDisabled(el: Element): boolean {
  return el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled === true;
}

/** A control's name: its aria-label, else its text without any svg (an icon's <title> names the icon, not a submit). */
export function controlName(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria !== null) return aria.replace(/\s+/g, ' ').trim();
  if (el instanceof HTMLInputElement) return el.value.trim();
  let text = '';
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('svg')) text += n.nodeValue;
  }
  return text.replace(/\s+/g, ' ').trim();
}

export function defineSite(def: SiteDefinition): SiteAdapter {
  const sel = def.selectors;
  const editorSel = sel.editors.join(',');
  const structural = sel.submitButtons.join(',');
  const named = sel.submitLabels.map((g) => ({ names: new Set(g.names.map((n) => n.toLocaleLowerCase())), within: g.within.join(',') }));
  const widen = sel.composers.join(',');
  const enterSends = sel.enterSends.join(',');
  const enterBeside = sel.enterSendsBeside.join(',');

  /** Editors inside a root (the root itself counts), outermost only: a selector may match both a wrapper and its editable child. */
  function editorsIn(root: Element): HTMLElement[] {
    const all = [...root.querySelectorAll<HTMLElement>(editorSel)];
    if (root.matches(editorSel)) all.unshift(root as HTMLElement);
    return all.filter((e) => !all.some((o) => o !== e && o.contains(e)));
  }

  function editorOf(el: Element): HTMLElement | null {
    let hit: HTMLElement | null = null;
    for (let cur = el.closest<HTMLElement>(editorSel); cur; cur = cur.parentElement?.closest<HTMLElement>(editorSel) ?? null) hit = cur;
    return hit;
  }

  /** A control posts when it is known by structure, or when its name is a submit label inside a label scope. */
  function isNamedSubmit(el: Element): boolean {
    if (!named.length) return false;
    const name = controlName(el).toLocaleLowerCase();
    return named.some((g) => g.names.has(name) && !!el.closest(g.within));
  }

  function controlsIn(root: Element): HTMLElement[] {
    const found = structural ? [...root.querySelectorAll<HTMLElement>(structural)] : [];
    if (named.length) for (const c of root.querySelectorAll<HTMLElement>(NAMED_CONTROLS)) if (!found.includes(c) && isNamedSubmit(c)) found.push(c);
    return found.filter((c) => !editorOf(c));
  }

  function submitControlAt(el: Element): HTMLElement | null {
    const known = structural ? el.closest<HTMLElement>(structural) : null;
    if (known) return known;
    const control = el.closest<HTMLElement>(NAMED_CONTROLS);
    return control && isNamedSubmit(control) ? control : null;
  }

  /**
   * What belongs to a composer rooted at root: nothing inside a dialog, article or form below it that is a composer of its
   * own (another post's comment box); a form holding only the editor (Create post's, its button beside it) stays in.
   */
  function regionOf<T extends Element>(found: T[], root: Element): T[] {
    const own = new Map<Element, boolean>();
    const isComposer = (b: Element) => own.get(b) ?? own.set(b, editorsIn(b).length > 0 && controlsIn(b).length > 0).get(b)!;
    return found.filter((f) => {
      const boundary = f.closest(BOUNDARIES);
      return !boundary || boundary.contains(root) || !isComposer(boundary);
    });
  }

  /**
   * The smallest ancestor of el holding an editor and a submit control; the walk stops at the first dialog, article or
   * form and never reaches <body>, so whichever event starts it (editor, button, picker) the same composer is found.
   */
  function smallestComposer(el: Element): Element | null {
    for (let cur: Element | null = el; cur && cur !== document.body && cur !== document.documentElement; cur = cur.parentElement) {
      if (regionOf(editorsIn(cur), cur).length && regionOf(controlsIn(cur), cur).length) return cur;
      if (cur.matches(BOUNDARIES)) return null;
    }
    return null;
  }

  function composerOf(el: Element): Composer | null {
    let root = smallestComposer(el);
    if (root) {
      // A container that is one composer whole (X's pop-up) takes in every post of its thread.
      const whole = widen ? root.closest(widen) : null;
      if (whole) root = whole;
      const editors = regionOf(editorsIn(root), root);
      const controls = regionOf(controlsIn(root), root);
      return { root, editors, button: controls.find((c) => !isDisabled(c)) ?? controls[0] ?? null };
    }
    // An editor with no submit control beside it (a message box sent by Enter) is a composer on its own.
    const editor = editorOf(el);
    return editor ? { root: editor, editors: [editor], button: null } : null;
  }

  function scopeOf(el: Element): Element | null {
    return composerOf(el)?.root ?? el.closest(BOUNDARIES);
  }

  function commandHeld(k: KeyboardEvent): boolean {
    if (sel.modEnter === 'none') return false;
    if (sel.modEnter === 'either') return (k.ctrlKey || k.metaKey) && !k.altKey;
    return (isMacPlatform() ? k.metaKey : k.ctrlKey) && !k.altKey;
  }

  function enterSendsIn(editor: HTMLElement, composer: Composer): boolean {
    if (enterSends && editor.matches(enterSends)) return true;
    return !!enterBeside && composer.root !== editor && !!composer.root.querySelector(enterBeside);
  }

  function keyRecord(k: KeyboardEvent): KeyRecord {
    // keyCode and which are what X's binding and Draft.js read; a synthetic event has 0 unless they are given.
    const keyCode = k.keyCode || (k.key === 'Enter' ? 13 : k.key === ' ' ? 32 : 0);
    return { key: k.key, code: k.code, keyCode, which: k.which || keyCode, ctrlKey: k.ctrlKey, metaKey: k.metaKey, shiftKey: k.shiftKey, altKey: k.altKey };
  }

  function isSubmit(event: Event): Submission | null {
    const target = eventTarget(event);
    if (!target) return null;
    if (event.type === 'click') {
      const button = submitControlAt(target);
      if (!button || isDisabled(button) || editorOf(button)) return null;
      const composer = composerOf(button);
      return composer && composer.root !== composer.editors[0] ? { kind: 'click', composer: { ...composer, button }, target: button } : null;
    }
    if (event.type === 'submit') {
      if (!(target instanceof HTMLFormElement)) return null;
      const first = editorsIn(target)[0];
      const composer = first ? composerOf(first) : null;
      return composer ? { kind: 'form', composer, target } : null;
    }
    if (event.type !== 'keydown' && event.type !== 'keyup') return null;
    const k = event as KeyboardEvent;
    if (k.isComposing || k.keyCode === 229) return null;
    const editor = editorOf(target);
    if (editor && k.key === 'Enter' && event.type === 'keydown') {
      const plain = !k.ctrlKey && !k.metaKey && !k.shiftKey && !k.altKey;
      if (!plain && !commandHeld(k)) return null;
      const composer = composerOf(editor);
      if (!composer) return null;
      const kind = plain ? (enterSendsIn(editor, composer) ? 'enter' : null) : 'mod-enter';
      return kind ? { kind, composer, target: editor, key: keyRecord(k) } : null;
    }
    // Space on a div button may act on keyup (ARIA's pattern); Enter acts on keydown.
    if (!editor && (k.key === ' ' || (k.key === 'Enter' && event.type === 'keydown'))) {
      const button = submitControlAt(target);
      // A real <button> turns Enter/Space into a click we already watch; a div button does not.
      if (!button || button instanceof HTMLButtonElement || button instanceof HTMLInputElement || isDisabled(button)) return null;
      const composer = composerOf(button);
      return composer && composer.root !== composer.editors[0] ? { kind: 'button-key', composer: { ...composer, button }, target: button, key: keyRecord(k) } : null;
    }
    return null;
  }

  /** The composer's submit control now: the one found at the event if still there and enabled, else one found afresh. */
  function liveButton(sub: Submission): HTMLElement | null {
    const { button } = sub.composer;
    if (button?.isConnected && !isDisabled(button)) return button;
    const start = sub.target.isConnected ? sub.target : sub.composer.editors.find((e) => e.isConnected);
    const fresh = start ? composerOf(start)?.button : null;
    return fresh && !isDisabled(fresh) ? fresh : null;
  }

  function resend(sub: Submission): void {
    const { kind, target, key } = sub;
    if (kind === 'form') return (target as HTMLFormElement).requestSubmit();
    // The control the site itself posts with; a key press only where there is none (a message box sent by Enter).
    const button = liveButton(sub);
    if (button) return button.click();
    if (key) target.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true, composed: true }));
  }

  return {
    id: def.id,
    hosts: def.hosts,
    selectors: sel,
    findComposers: (root) => {
      const all = root instanceof Element ? editorsIn(root) : editorsIn(document.documentElement);
      return all.map((e) => composerOf(e)).filter((c, i, list): c is Composer => !!c && list.findIndex((o) => o?.root === c.root) === i);
    },
    composerOf,
    scopeOf,
    editorOf,
    readText: readEditorText,
    isSubmit,
    resend,
  };
}

/** Remembers where the caret last was in each editor, so "Edit post" can put it back after the site or a click moved it. */
import type { Lifetime } from './lifetime';
import type { SiteAdapter } from './sites';
import { caretRange, deepActiveElement, selectRange } from './shadow';

type Caret = { kind: 'range'; range: Range } | { kind: 'textarea'; start: number; end: number; dir: 'forward' | 'backward' | 'none' };

const carets = new WeakMap<HTMLElement, Caret>();
let lastEditor: WeakRef<HTMLElement> | null = null;

function remember(site: SiteAdapter): void {
  const active = deepActiveElement();
  if (active instanceof HTMLTextAreaElement && site.editorOf(active) === active) {
    carets.set(active, { kind: 'textarea', start: active.selectionStart, end: active.selectionEnd, dir: active.selectionDirection ?? 'none' });
    lastEditor = new WeakRef(active);
    return;
  }
  const range = caretRange();
  if (!range) return;
  const node = range.startContainer;
  const editor = site.editorOf(node instanceof Element ? node : node.parentElement ?? document.documentElement);
  if (!editor) return;
  carets.set(editor, { kind: 'range', range: range.cloneRange() });
  lastEditor = new WeakRef(editor);
}

/** Listens (passively) to selection changes; a Range is a pointer into the page, not a change to it. */
export function trackCarets(ctx: Lifetime, site: SiteAdapter): void {
  ctx.addEventListener(document, 'selectionchange', () => remember(site), { passive: true });
}

/** Focuses the editor the user was last in (of these), with its caret where it was. */
export function restoreCaret(editors: HTMLElement[]): void {
  const last = lastEditor?.deref();
  const editor = last && editors.includes(last) ? last : editors.find((e) => carets.has(e)) ?? editors[0];
  if (!editor?.isConnected) return;
  editor.focus({ preventScroll: true });
  const caret = carets.get(editor);
  if (caret?.kind === 'textarea' && editor instanceof HTMLTextAreaElement) {
    editor.setSelectionRange(caret.start, caret.end, caret.dir);
  } else if (caret?.kind === 'range' && editor.contains(caret.range.startContainer)) {
    selectRange(caret.range);
  }
}

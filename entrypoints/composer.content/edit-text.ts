/**
 * "Show me" and the safe fixes of the warning, done in the editor the way typing would be: the words are selected
 * and replaced with execCommand, which fires the beforeinput/input events Draft.js and Lexical handle themselves,
 * so their state stays in step and Ctrl+Z undoes the change.
 */
import type { SiteAdapter } from './sites';
import { selectRange } from './shadow';

/** Selects [start, end) of the editor's text, scrolled into view. False when the words are no longer there. */
export function selectWords(site: SiteAdapter, editor: HTMLElement, start: number, end: number, match: string): boolean {
  if (!editor.isConnected) return false;
  editor.focus({ preventScroll: true });
  if (editor instanceof HTMLTextAreaElement) {
    if (editor.value.slice(start, end) !== match) return false;
    editor.setSelectionRange(start, end);
    return true;
  }
  const map = site.readText(editor);
  if (map.text.slice(start, end) !== match) return false;
  const range = map.rangeFor(start, end);
  if (!range) return false;
  selectRange(range);
  (range.startContainer.parentElement ?? editor).scrollIntoView?.({ block: 'nearest' });
  return true;
}

/** With nothing to put in, one space beside the words goes too, so no double space is left behind. */
export function widen(text: string, start: number, end: number, replacement: string): [number, number] {
  if (replacement) return [start, end];
  if (text[end] === ' ' && (start === 0 || /\s/.test(text[start - 1] ?? ''))) return [start, end + 1];
  if (text[start - 1] === ' ') return [start - 1, end];
  return [start, end];
}

/**
 * How long an editor may take to apply an input: Lexical reconciles in a microtask, React may re-render in a frame,
 * but a busy machine can take a good deal longer, and a change that came late is still made.
 */
const SETTLE_MS = 1000;

/** Resolves true as soon as the text differs from before, false if it has not changed within SETTLE_MS. */
function changed(read: () => string, before: string): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const look = () => {
      if (read() !== before) resolve(true);
      else if (Date.now() - started >= SETTLE_MS) resolve(false);
      else setTimeout(look, 20);
    };
    setTimeout(look, 0);
  });
}

/**
 * Replaces the words through the editor's own input path. The change is started at once (so focus can go back to
 * the dialog straight after); the promise says, once the editor has settled, whether the text really changed.
 */
export function replaceWords(site: SiteAdapter, editor: HTMLElement, start: number, end: number, match: string, replacement: string): Promise<boolean> {
  const read = () => (editor instanceof HTMLTextAreaElement ? editor.value : site.readText(editor).text);
  const before = read();
  if (before.slice(start, end) !== match) return Promise.resolve(false);
  const [from, to] = widen(before, start, end, replacement);
  if (!selectWords(site, editor, from, to, before.slice(from, to))) return Promise.resolve(false);
  // execCommand's answer is not the editor's: Firefox answers false when the editor cancelled the beforeinput to make
  // the change itself (Lexical does), so what counts is whether the text changed.
  if (replacement) document.execCommand('insertText', false, replacement);
  else document.execCommand('delete');
  return changed(read, before);
}

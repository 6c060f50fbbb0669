/** Re-checks an editor when typing pauses and hands the findings to the highlights; never works on the keystroke's path. */
import type { Lifetime } from './lifetime';
import type { Finding } from '../../rules';
import type { Highlights } from './highlights';
import type { Descriptions } from './describe';
import type { SiteAdapter } from './sites';
import { eventTarget } from './sites/define';
import { describe, reportProblem } from './health';

/** Typing counts as paused after this long without input. */
export const PAUSE_MS = 150;

export interface WatchDeps {
  site: SiteAdapter;
  check(text: string): Finding[];
  /** While the checks are still loading, the promise to wait on; null once check() can run. */
  loading?(): Promise<void> | null;
  highlights: Highlights;
  descriptions: Descriptions;
  /** The count beside the composer: told each editor's findings, moved with the page. */
  count?: { update(editor: HTMLElement, text: string, findings: Finding[]): void; place(): void };
  /** Reports each update's timing (benchmark): when the pause began and when marks were on the page. */
  onUpdated?(editor: HTMLElement, pausedAt: number, doneAt: number): void;
}

export function installWatch(ctx: Lifetime, deps: WatchDeps): { refresh(editor: HTMLElement): void } {
  const { site, highlights, descriptions } = deps;
  const timers = new Map<HTMLElement, number>();

  function update(editor: HTMLElement, pausedAt: number) {
    highlights.prune();
    if (!editor.isConnected) return;
    const loading = deps.loading?.();
    if (loading) {
      // A failed load is reported where the post is pressed; the marks just wait for the next pause.
      loading.then(() => schedule(editor), () => {});
      return;
    }
    try {
      const map = site.readText(editor);
      const found = map.text.trim() ? deps.check(map.text) : [];
      highlights.set(map, found);
      deps.count?.update(editor, map.text, found);
      deps.onUpdated?.(editor, pausedAt, performance.now());
    } catch (error) {
      reportProblem(`the check failed (${describe(error)})`);
    }
  }

  /** Debounce per editor, then do the work in the next frame so it lands before paint. */
  function schedule(editor: HTMLElement) {
    clearTimeout(timers.get(editor));
    timers.set(
      editor,
      ctx.setTimeout(() => {
        timers.delete(editor);
        const pausedAt = performance.now();
        ctx.requestAnimationFrame(() => update(editor, pausedAt));
      }, PAUSE_MS),
    );
  }

  const onInput = (event: Event) => {
    const target = eventTarget(event);
    const editor = target && site.editorOf(target);
    if (editor) schedule(editor);
  };
  ctx.addEventListener(window, 'input', onInput, { capture: true, passive: true });
  // A composer that opens with text in it (a draft, a quote) is checked when it gets focus.
  ctx.addEventListener(window, 'focusin', onInput, { capture: true, passive: true });

  const inFrame = (fn: () => void) => {
    let framed = false;
    return () => {
    if (framed) return;
    framed = true;
    ctx.requestAnimationFrame(() => {
      framed = false;
      fn();
    });
    };
  };
  let pointer = { x: 0, y: 0, touch: false };
  // The mouse events a browser makes after a tap come from that finger, not a mouse.
  let touchedAt = -Infinity;
  const hover = inFrame(() => descriptions.atPoint(pointer.x, pointer.y, pointer.touch));
  ctx.addEventListener(window, 'mousemove', (e: MouseEvent) => {
    pointer = { x: e.clientX, y: e.clientY, touch: performance.now() - touchedAt < 1000 };
    hover();
  }, { passive: true });
  // A phone has no hover: a finger (or pen) lifted on marked words shows their description, lifted elsewhere hides it.
  // Not left to the mouse events a tap may be followed by: a page that cancels its touches gets none.
  ctx.addEventListener(window, 'pointerup', (e: PointerEvent) => {
    if (e.pointerType === 'mouse') return;
    touchedAt = performance.now();
    pointer = { x: e.clientX, y: e.clientY, touch: true };
    hover();
  }, { capture: true, passive: true });
  ctx.addEventListener(document, 'selectionchange', inFrame(() => descriptions.atCaret()), { passive: true });
  const reposition = inFrame(() => {
    highlights.reposition();
    deps.count?.place();
  });
  ctx.addEventListener(window, 'scroll', reposition, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', reposition, { passive: true });
  // The marks are boxes over the words: as typing moves the words, the boxes follow in the next frame.
  ctx.addEventListener(window, 'input', reposition, { capture: true, passive: true });

  return { refresh: (editor) => schedule(editor) };
}

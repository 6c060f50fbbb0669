/** The short description of a finding under the pointer or the caret: a tooltip, and a live region for screen readers. */
import { CATEGORY_LABELS } from '../../components/categories';
import type { Finding } from '../../rules';
import type { Highlights } from './highlights';
import type { SiteAdapter } from './sites';
import { layer } from './overlay';

export function describeFinding(f: Finding): string {
  return `${CATEGORY_LABELS[f.category] ?? f.category}: ${f.message}`;
}

export class Descriptions {
  private tip: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  private shown: Finding | null = null;

  constructor(private readonly highlights: Highlights, private readonly site: SiteAdapter) {}

  private elements() {
    if (!this.tip || !this.tip.isConnected) {
      const host = layer('describe');
      this.tip = document.createElement('div');
      this.tip.className = 'tip';
      this.tip.setAttribute('role', 'tooltip');
      this.tip.hidden = true;
      this.live = document.createElement('div');
      this.live.className = 'sr-only';
      this.live.setAttribute('aria-live', 'polite');
      host.replaceChildren(this.tip, this.live);
    }
    return { tip: this.tip, live: this.live! };
  }

  private show(finding: Finding | null, near: DOMRect | null, announce: boolean): void {
    if (finding === this.shown) return;
    this.shown = finding;
    const { tip, live } = this.elements();
    if (!finding || !near) {
      tip.hidden = true;
      return;
    }
    tip.textContent = describeFinding(finding);
    tip.style.left = `${Math.max(4, near.left)}px`;
    tip.style.top = `${near.bottom + 6}px`;
    tip.hidden = false;
    if (announce) live.textContent = describeFinding(finding);
  }

  /** Pointer over a mark: show its description. */
  atPoint(x: number, y: number): void {
    for (const mark of this.highlights.marks()) {
      const rect = mark.rects().find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
      if (rect) return this.show(mark.finding, rect, false);
    }
    this.show(null, null, false);
  }

  /** Caret inside a mark: show and announce its description. */
  atCaret(): void {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement)) return this.show(null, null, true);
    const editor = this.site.editorOf(active);
    if (!editor) return this.show(null, null, true);
    if (editor instanceof HTMLTextAreaElement) {
      const at = editor.selectionStart;
      const mark = this.highlights.marks().find((m) => m.rects().length && this.inMirror(editor, m.finding, at));
      return this.show(mark?.finding ?? null, mark?.rects()[0] ?? null, true);
    }
    const sel = document.getSelection();
    if (!sel || !sel.rangeCount) return this.show(null, null, true);
    const caret = sel.getRangeAt(0);
    const hit = this.highlights
      .rangesOf(editor)
      .find(({ range }) => range.comparePoint(caret.startContainer, caret.startOffset) === 0 && !range.collapsed);
    this.show(hit?.finding ?? null, hit?.range.getBoundingClientRect() ?? null, true);
  }

  private inMirror(editor: HTMLTextAreaElement, f: Finding, at: number): boolean {
    return editor === document.activeElement && at >= f.start && at <= f.end;
  }
}

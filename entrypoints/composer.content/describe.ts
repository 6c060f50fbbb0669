/** The short description of a finding under the pointer or the caret: a tooltip, and a live region for screen readers. */
import { CATEGORY_LABELS, SEVERITY_WORDS } from '../../components/categories';
import { ADVICE } from '../../components/cards';
import { REVIEW_KEYS } from './count';
import { pageTheme } from './theme';
import type { Finding } from '../../rules';
import type { Highlights } from './highlights';
import type { SiteAdapter } from './sites';
import { layer } from './overlay';
import { caretRange, deepActiveElement } from './shadow';

export function describeFinding(f: Finding): string {
  return `${SEVERITY_WORDS[f.severity]}. ${CATEGORY_LABELS[f.category] ?? f.category}: ${f.message}`;
}

/** Where the tooltip goes: below the words, or above them when there is no room below; always inside the window. */
export function placeTip(near: { left: number; top: number; bottom: number }, size: { width: number; height: number }, view: { width: number; height: number }): { left: number; top: number; above: boolean } {
  const gap = 6;
  const above = near.bottom + gap + size.height > view.height && near.top - gap - size.height >= 0;
  const left = Math.max(4, Math.min(near.left, view.width - size.width - 4));
  return { left, top: above ? near.top - gap - size.height : near.bottom + gap, above };
}

export class Descriptions {
  private tip: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  private shown: Finding | null = null;
  /** Whether the last pointer to show a description was a finger or pen: a phone has no keys to offer. */
  private touch = false;
  /**
   * What showed the description: a pointer's leaving hides only what a pointer showed, and the caret being elsewhere
   * only what the caret showed, so a tap's description stays when the site keeps the caret where it was.
   */
  private by: 'pointer' | 'caret' | null = null;

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
    this.by = finding ? (announce ? 'caret' : 'pointer') : null;
    const { tip, live } = this.elements();
    if (!finding || !near) {
      tip.hidden = true;
      return;
    }
    const head = document.createElement('span');
    head.className = 'tip-sev';
    head.textContent = `${SEVERITY_WORDS[finding.severity]} · ${CATEGORY_LABELS[finding.category] ?? finding.category}: `;
    const hint = document.createElement('span');
    hint.className = 'tip-hint';
    // What to do, in the card's words; Show me and the fixes are a key or a tap away.
    hint.textContent = `${ADVICE[finding.category]} Show me and the fixes: ${this.touch ? "tap the count in the box's corner" : `${REVIEW_KEYS}, or the count in the box's corner`}.`;
    tip.replaceChildren(head, finding.message, hint);
    (tip.parentElement as HTMLElement).className = `theme-${pageTheme(this.site.editorOf(deepActiveElement() ?? document.body) ?? undefined)}`;
    tip.hidden = false;
    const at = placeTip(near, { width: tip.offsetWidth, height: tip.offsetHeight }, { width: innerWidth, height: innerHeight });
    tip.style.left = `${at.left}px`;
    tip.style.top = `${at.top}px`;
    if (announce) live.textContent = describeFinding(finding);
  }

  /** Pointer over a mark (a mouse's hover, a finger's or pen's tap): show its description. */
  atPoint(x: number, y: number, touch = false): void {
    this.touch = touch;
    for (const mark of this.highlights.marks()) {
      const rect = mark.rects().find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
      if (rect) return this.show(mark.finding, rect, false);
    }
    if (this.by === 'pointer') this.show(null, null, false);
  }

  /** Caret inside a mark: show and announce its description. */
  atCaret(): void {
    const hit = this.caretMark();
    if (hit) this.show(hit.finding, hit.near, true);
    else if (this.by === 'caret') this.show(null, null, true);
  }

  /** The finding the caret is in, and where it is on screen. */
  private caretMark(): { finding: Finding; near: DOMRect } | null {
    const active = deepActiveElement();
    const editor = active instanceof HTMLElement ? this.site.editorOf(active) : null;
    if (!editor) return null;
    if (editor instanceof HTMLTextAreaElement) {
      const at = editor.selectionStart;
      const mark = this.highlights.marks().find((m) => m.rects().length && this.inMirror(editor, m.finding, at));
      return mark ? { finding: mark.finding, near: mark.rects()[0] } : null;
    }
    const caret = caretRange();
    if (!caret) return null;
    const hit = this.highlights
      .rangesOf(editor)
      .find(({ range }) => range.comparePoint(caret.startContainer, caret.startOffset) === 0 && !range.collapsed);
    return hit ? { finding: hit.finding, near: hit.range.getBoundingClientRect() } : null;
  }

  private inMirror(editor: HTMLTextAreaElement, f: Finding, at: number): boolean {
    return editor === deepActiveElement() && at >= f.start && at <= f.end;
  }
}

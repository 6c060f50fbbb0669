/** Renders findings onto editors and nothing else: CSS Custom Highlights, positioned boxes as the fallback, mirrors for textareas. */
import type { Finding, Severity } from '../../rules';
import type { TextMap } from './text-map';
import { layer } from './overlay';
import { TextareaMirror } from './mirror';
import { HIGHLIGHT_CSS } from '../../components/styles';

export interface Mark {
  finding: Finding;
  /** The rectangles the finding covers on screen now. */
  rects(): DOMRect[];
}

interface EditorMarks {
  ranges: { finding: Finding; range: Range }[];
  mirror?: TextareaMirror;
}

const SEVERITIES: Severity[] = ['low', 'medium', 'high'];

function highlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlights {
  private editors = new Map<HTMLElement, EditorMarks>();
  private registered = false;
  /** Asked at each paint, not once: cheap, and it lets a test take the API away to exercise the fallback. */
  get useHighlightApi(): boolean {
    return highlightApi();
  }

  /** Replaces an editor's marks with these findings. */
  set(map: TextMap, findings: Finding[]): void {
    const { editor } = map;
    const prev = this.editors.get(editor);
    if (editor instanceof HTMLTextAreaElement) {
      const mirror = prev?.mirror ?? new TextareaMirror(editor, layer('mirrors'));
      mirror.render(map.text, findings);
      this.editors.set(editor, { ranges: [], mirror });
    } else {
      const ranges = findings.flatMap((finding) => {
        const range = map.rangeFor(finding.start, finding.end);
        return range ? [{ finding, range }] : [];
      });
      this.editors.set(editor, { ranges });
    }
    this.paint();
  }

  /** Drops marks of editors that left the page (composers unmount all the time). */
  prune(): void {
    let changed = false;
    for (const [editor, marks] of this.editors) {
      if (editor.isConnected) continue;
      marks.mirror?.remove();
      this.editors.delete(editor);
      changed = true;
    }
    if (changed) this.paint();
  }

  /** Every mark now on the page, for hover and caret descriptions. */
  marks(): Mark[] {
    return [...this.editors.values()].flatMap((m) => [
      ...m.ranges.map(({ finding, range }) => ({ finding, rects: () => [...range.getClientRects()] })),
      ...(m.mirror?.marks ?? []).map(({ finding, el }) => ({ finding, rects: () => [...el.getClientRects()] })),
    ]);
  }

  /** The findings of one editor, by range, to tell which one the caret is in. */
  rangesOf(editor: HTMLElement): { finding: Finding; range: Range }[] {
    return this.editors.get(editor)?.ranges ?? [];
  }

  /** Re-lays mirrors and boxes after scrolling or resizing; the Highlight API needs nothing. */
  reposition(): void {
    for (const m of this.editors.values()) m.mirror?.place();
    if (!this.useHighlightApi) this.paintBoxes();
  }

  private paint(): void {
    if (this.useHighlightApi) this.paintHighlights();
    else this.paintBoxes();
  }

  private paintHighlights(): void {
    if (!this.registered) {
      const style = document.createElement('style');
      style.dataset.secondLook = 'highlights';
      style.textContent = HIGHLIGHT_CSS;
      // In <head>, outside every editor: the ::highlight() rules must live in the document the ranges are in.
      (document.head ?? document.documentElement).append(style);
      this.registered = true;
    }
    for (const severity of SEVERITIES) {
      const ranges = [...this.editors.values()].flatMap((m) => m.ranges.filter((r) => r.finding.severity === severity).map((r) => r.range));
      const name = `second-look-${severity}`;
      if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
      else CSS.highlights.delete(name);
    }
  }

  private paintBoxes(): void {
    const boxes: HTMLElement[] = [];
    for (const m of this.editors.values()) {
      for (const { finding, range } of m.ranges) {
        for (const r of range.getClientRects()) {
          const box = document.createElement('div');
          box.className = `box sev-${finding.severity}`;
          Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
          boxes.push(box);
        }
      }
    }
    layer('boxes').replaceChildren(...boxes);
  }
}

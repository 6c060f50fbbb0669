/**
 * Renders findings onto editors and nothing else: boxes drawn over the flagged words inside our closed shadow root, and
 * mirrors for textareas. Never the CSS Custom Highlight API: its registry (CSS.highlights) is the page's, so any page
 * script could read which words were flagged, and so which names are the setting's children and staff.
 */
import type { Finding } from '../../rules';
import type { TextMap } from './text-map';
import { layer } from './overlay';
import { TextareaMirror } from './mirror';

export interface Mark {
  finding: Finding;
  /** The rectangles the finding covers on screen now. */
  rects(): DOMRect[];
}

interface EditorMarks {
  ranges: { finding: Finding; range: Range }[];
  mirror?: TextareaMirror;
}

export class Highlights {
  private editors = new Map<HTMLElement, EditorMarks>();

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
    this.paintBoxes();
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
    if (changed) this.paintBoxes();
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

  /** Re-lays mirrors and boxes after scrolling, resizing or typing (the ranges are live: they follow the text). */
  reposition(): void {
    for (const m of this.editors.values()) m.mirror?.place();
    this.paintBoxes();
  }

  private paintBoxes(): void {
    const boxes: HTMLElement[] = [];
    for (const [editor, m] of this.editors) {
      if (!m.ranges.length) continue;
      // Clipped to the editor's box: words scrolled out of a scrolling editor are not marked over the page beside it.
      const clip = editor.getBoundingClientRect();
      for (const { finding, range } of m.ranges) {
        if (range.collapsed) continue;
        for (const rect of outermost([...range.getClientRects()])) {
          const left = Math.max(rect.left, clip.left);
          const right = Math.min(rect.right, clip.right);
          const top = Math.max(rect.top, clip.top);
          const bottom = Math.min(rect.bottom, clip.bottom);
          if (right - left < 1 || bottom - top < 1) continue;
          const r = { left, top, width: right - left, height: bottom - top };
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

/** A range over whole elements lists both the element's box and its text's: keep only the rects no other one holds, so no word is tinted twice. */
function outermost(rects: DOMRect[]): DOMRect[] {
  const holds = (a: DOMRect, b: DOMRect) => a !== b && a.left <= b.left + 0.5 && a.right >= b.right - 0.5 && a.top <= b.top + 0.5 && a.bottom >= b.bottom - 0.5;
  return rects.filter((r, i) => !rects.some((o, j) => holds(o, r) && (!holds(r, o) || j < i)));
}

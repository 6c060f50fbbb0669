/** Reads an editor's text and its map back to the DOM in one walk, so offsets from check() land on the right nodes. */

/** An editor's text plus the way back from engine offsets (UTF-16, half-open) to DOM Ranges. */
export interface TextMap {
  editor: HTMLElement;
  text: string;
  /** A live Range over [start, end), or null for textareas (their highlights use a mirror). */
  rangeFor(start: number, end: number): Range | null;
}

interface Segment {
  start: number;
  node: Text;
}

// Block boxes end a line, as innerText has it; <p> asks for a blank line (two breaks), like Lexical's paragraphs.
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DIV', 'DL', 'DD', 'DT', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** A <br> with nothing after it in its block only keeps an empty line open (Draft, Lexical); it adds no break. */
function isTrailingBr(br: Element): boolean {
  for (let cur: Node = br; cur.parentNode; cur = cur.parentNode) {
    for (let sib = cur.nextSibling; sib; sib = sib.nextSibling) {
      if (sib.nodeType === Node.TEXT_NODE ? (sib as Text).data.length > 0 : sib.nodeType === Node.ELEMENT_NODE) return false;
    }
    const parent = cur.parentNode as Element;
    if (parent.nodeType !== Node.ELEMENT_NODE || BLOCK.has(parent.tagName) || parent.tagName === 'P' || (parent as HTMLElement).isContentEditable === false) return true;
    if (parent.getAttribute('contenteditable') === 'true') return true;
  }
  return true;
}

function walk(root: HTMLElement): { text: string; segments: Segment[] } {
  let text = '';
  let pending = 0;
  const segments: Segment[] = [];
  const flush = () => {
    if (pending && text.length) text += '\n'.repeat(pending);
    pending = 0;
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (!data) return;
      flush();
      segments.push({ start: text.length, node: node as Text });
      text += data;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || el.hasAttribute('hidden')) return;
    if (el.tagName === 'BR') {
      flush();
      if (!isTrailingBr(el)) text += '\n';
      return;
    }
    const breaks = el.tagName === 'P' ? 2 : BLOCK.has(el.tagName) ? 1 : 0;
    if (breaks && el !== root) pending = Math.max(pending, breaks);
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (breaks && el !== root) pending = Math.max(pending, breaks);
  };
  visit(root);
  return { text, segments };
}

/** Index of the last segment starting at or before offset. */
function segmentAt(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Where an offset falls in the DOM; offsets on a synthetic line break snap to the nearest text. */
function position(segments: Segment[], offset: number, edge: 'start' | 'end'): [Text, number] | null {
  const i = segmentAt(segments, edge === 'end' ? offset - 1 : offset);
  const seg = segments[i];
  if (seg && offset - seg.start <= seg.node.data.length && (edge === 'end' || offset - seg.start < seg.node.data.length)) {
    return [seg.node, offset - seg.start];
  }
  if (edge === 'start') {
    const next = segments[i + 1];
    return next ? [next.node, 0] : null;
  }
  return seg ? [seg.node, seg.node.data.length] : null;
}

/** Text as the site will post it: .value for a textarea, an innerText-like walk for contenteditable. */
export function readEditorText(editor: HTMLElement): TextMap {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    return { editor, text: editor.value, rangeFor: () => null };
  }
  const { text, segments } = walk(editor);
  return {
    editor,
    text,
    rangeFor(start, end) {
      const a = position(segments, start, 'start');
      const b = position(segments, end, 'end');
      if (!a || !b || end <= start) return null;
      const range = editor.ownerDocument.createRange();
      range.setStart(a[0], a[1]);
      range.setEnd(b[0], b[1]);
      return range.collapsed ? null : range;
    },
  };
}

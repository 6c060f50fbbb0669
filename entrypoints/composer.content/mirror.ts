/** A see-through copy of a textarea in our shadow root, so its findings can be drawn without touching the textarea. */
import type { Finding } from '../../rules';

// The properties that decide where each character of a textarea wraps and sits.
const COPIED = ['boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight', 'textTransform', 'textIndent', 'wordSpacing', 'tabSize', 'direction', 'textAlign'] as const;

export interface MirrorMark {
  finding: Finding;
  el: HTMLElement;
}

export class TextareaMirror {
  readonly box = document.createElement('div');
  marks: MirrorMark[] = [];

  constructor(readonly textarea: HTMLTextAreaElement, parent: HTMLElement) {
    this.box.className = 'mirror';
    parent.append(this.box);
  }

  /** Rebuilds the copy's text with each finding wrapped in a mark. */
  render(text: string, findings: Finding[]): void {
    const parts: Node[] = [];
    this.marks = [];
    let at = 0;
    for (const finding of findings) {
      if (finding.start < at) continue;
      parts.push(document.createTextNode(text.slice(at, finding.start)));
      const el = document.createElement('span');
      el.className = `mark sev-${finding.severity}`;
      el.textContent = text.slice(finding.start, finding.end);
      parts.push(el);
      this.marks.push({ finding, el });
      at = finding.end;
    }
    // A trailing newline needs a character after it to take up its line, as in the textarea.
    parts.push(document.createTextNode(text.slice(at) + '\u200b'));
    this.box.replaceChildren(...parts);
    this.place();
  }

  /** Lays the copy exactly over the textarea, scrolled as it is. */
  place(): void {
    const style = getComputedStyle(this.textarea);
    const rect = this.textarea.getBoundingClientRect();
    const s = this.box.style;
    for (const p of COPIED) s[p] = style[p];
    Object.assign(s, {
      position: 'fixed',
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
      boxSizing: 'border-box',
      borderColor: 'transparent',
      color: 'transparent',
      whiteSpace: 'pre-wrap',
      overflowWrap: 'break-word',
      overflow: 'hidden',
      pointerEvents: 'none',
      zIndex: '2147483644',
      margin: '0',
      display: this.textarea.isConnected && rect.width ? 'block' : 'none',
    });
    this.box.scrollTop = this.textarea.scrollTop;
    this.box.scrollLeft = this.textarea.scrollLeft;
  }

  remove(): void {
    this.box.remove();
  }
}

/**
 * Editors inside a page's open shadow roots (LinkedIn draws its share box in #interop-outlet's): the focus and the caret
 * as seen from inside them, since document.activeElement and Chromium's document.getSelection() stop at the host.
 */

/** The focused element, inside open shadow roots too. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

type RootWithSelection = ShadowRoot & { getSelection?: () => Selection | null };
type ComposedSelection = Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] };

/** The caret's range where the focus is: in the document, or in the open shadow root holding the focused element. */
export function caretRange(): Range | null {
  const sel = document.getSelection() as ComposedSelection | null;
  const root = deepActiveElement()?.getRootNode();
  if (root instanceof ShadowRoot) {
    // Chromium's own per-root selection, else the standard composed ranges (Firefox, newer Chromium).
    const own = (root as RootWithSelection).getSelection?.();
    if (own?.rangeCount) return own.getRangeAt(0);
    const composed = sel?.getComposedRanges?.({ shadowRoots: [root] })[0];
    if (composed && composed.startContainer.getRootNode() === root) {
      const range = document.createRange();
      range.setStart(composed.startContainer, composed.startOffset);
      range.setEnd(composed.endContainer, composed.endOffset);
      return range;
    }
  }
  return sel?.rangeCount ? sel.getRangeAt(0) : null;
}

/** Selects range, wherever its nodes are (setBaseAndExtent reaches into open shadow roots). */
export function selectRange(range: Range): void {
  document.getSelection()?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
}

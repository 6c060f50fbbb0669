/** Makes everything on the page but our UI inert (out of reach of focus, pointer and screen readers) while the dialog is open. */

const SKIP = new Set(['HEAD', 'SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE']);

/** Marks every sibling of each ancestor of `inside` (up to <html>) inert; returns how to put back what was there. */
export function makePageInert(inside: Element): () => void {
  const root = inside.getRootNode();
  let own: Element | null = root instanceof ShadowRoot ? root.host : inside;
  const changed: HTMLElement[] = [];
  for (; own && own.parentElement; own = own.parentElement) {
    for (const sibling of own.parentElement.children) {
      if (sibling === own || SKIP.has(sibling.tagName) || !(sibling instanceof HTMLElement) || sibling.inert) continue;
      sibling.inert = true;
      changed.push(sibling);
    }
  }
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    for (const el of changed) el.inert = false;
  };
}

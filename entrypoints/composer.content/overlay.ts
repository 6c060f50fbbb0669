/** Second Look's one shadow root on the page: the site's CSS can't reach in and its key handlers don't hear us. */
import { MIRROR_CSS, UI_CSS } from '../../components/styles';

const HOST_TAG = 'second-look-ui';
let root: ShadowRoot | null = null;

/** The layer called `name` inside our shadow root, created on first use and re-attached if the site removed it. */
export function layer(name: string): HTMLElement {
  if (!root || !root.host.isConnected) {
    const host = document.createElement(HOST_TAG);
    // Keys typed in our dialog must not bubble into the site's shortcuts (X: "n", Escape closes its modal).
    for (const type of ['keydown', 'keyup', 'keypress', 'input', 'focusin', 'focusout']) {
      host.addEventListener(type, (e) => e.stopPropagation());
    }
    // Open, so assistive tech and tests can walk it; the site can reach it either way via the host element.
    root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = UI_CSS + MIRROR_CSS;
    root.append(style);
    document.documentElement.append(host);
  }
  let el = root.querySelector<HTMLElement>(`[data-layer="${name}"]`);
  if (!el) {
    el = document.createElement('div');
    el.dataset.layer = name;
    root.append(el);
  }
  return el;
}

/** Our host element, if it is on the page (an orphaned script tells its own from a newer one's). */
export function ownHost(): Element | null {
  return root?.host.isConnected ? root.host : null;
}

export function removeOverlay(): void {
  root?.host.remove();
  root = null;
}

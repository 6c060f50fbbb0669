/** Second Look's one shadow root on the page: the site's CSS can't reach in and its key handlers don't hear us. */
import { MIRROR_CSS, UI_CSS } from '../../components/styles';

const HOST_TAG = 'second-look-ui';
const UNTRUSTED_BLOCKED = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'change', 'submit', 'beforeinput'];
let root: ShadowRoot | null = null;

/** The layer called `name` inside our shadow root, created on first use and re-attached if the site removed it. */
export function layer(name: string): HTMLElement {
  if (!root || !root.host.isConnected) {
    const host = document.createElement(HOST_TAG);
    // Keys typed in our dialog must not bubble into the site's shortcuts (X: "n", Escape closes its modal).
    for (const type of ['keydown', 'keyup', 'keypress', 'input', 'focusin', 'focusout']) {
      host.addEventListener(type, (e) => e.stopPropagation());
    }
    // Closed: host.shadowRoot is null to the page's scripts, and the root is held only here, in the extension's world,
    // so no page script can read the dialog or the pack's words in it. Assistive tech walks closed roots like open ones.
    root = host.attachShadow({ mode: 'closed' });
    // Only the person presses our buttons: an event a page script made up (button.click(), dispatchEvent) stops here,
    // before any of our handlers, and does nothing (no toggled checkbox, no "Post anyway").
    for (const type of UNTRUSTED_BLOCKED) {
      root.addEventListener(type, (e) => {
        if (e.isTrusted) return;
        e.preventDefault();
        e.stopImmediatePropagation();
      }, { capture: true });
    }
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

/** The shadow root, for this script's own tests (a module's export is not on the page: the page gets nothing). */
export function uiRoot(): ShadowRoot | null {
  return root;
}

/** Our host element, if it is on the page (an orphaned script tells its own from a newer one's). */
export function ownHost(): Element | null {
  return root?.host.isConnected ? root.host : null;
}

export function removeOverlay(): void {
  root?.host.remove();
  root = null;
}

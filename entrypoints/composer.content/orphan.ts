/**
 * A content script whose extension is gone (updated, reloaded, removed) can no longer check anything. Rather than let
 * posts through in silence it says so on the page, unless a newer copy of Second Look already took over the page
 * (the background injects one into open tabs after an update).
 */
import { layer, ownHost } from './overlay';

export const ORPHANED_MESSAGE =
  'Second Look was updated, restarted or switched off and is no longer checking posts on this page. Reload the page to have your posts checked again.';

/** Left on screen until the page goes: the user has to know, however long they take to post. */
const SHOWN_MS = 2_000_000_000;

export function showOrphaned(): void {
  const mine = ownHost();
  if ([...document.querySelectorAll('second-look-ui')].some((host) => host !== mine)) return;
  const el = layer('notice');
  el.replaceChildren();
  const box = document.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'alert');
  box.textContent = ORPHANED_MESSAGE;
  el.append(box);
  setTimeout(() => box.remove(), SHOWN_MS);
}

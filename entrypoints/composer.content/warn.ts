/** Shows the warning dialog for a held post and resolves with the user's choice; also the "press again" notice. */
import { h, render } from 'preact';
import { WarningDialog } from '../../components/WarningDialog';
import type { FindingItem } from '../../components/FindingList';
import { layer } from './overlay';

export type Choice = 'edit' | 'post';

/** What the dialog says about attached pictures: still being checked, or could not be checked. */
export interface PictureStatus {
  checking: string[];
  notDone: string[];
}

interface Open {
  promise: Promise<Choice>;
  draw(items: FindingItem[], pictures?: PictureStatus): void;
  done(choice: Choice): void;
}
let open: Open | null = null;

export function isWarningOpen(): boolean {
  return open !== null;
}

export function showWarning(items: FindingItem[], siteName: string, policyTitle?: string, pictures?: PictureStatus): Promise<Choice> {
  if (open) return open.promise;
  const el = layer('dialog');
  let resolve!: (c: Choice) => void;
  const promise = new Promise<Choice>((r) => (resolve = r));
  const current: Open = {
    promise,
    draw: (next, pics) =>
      render(h(WarningDialog, { items: next, siteName, policyTitle, checking: pics?.checking, notDone: pics?.notDone, onEdit: () => current.done('edit'), onPostAnyway: () => current.done('post') }), el),
    done: (choice) => {
      if (open !== current) return;
      render(null, el);
      open = null;
      resolve(choice);
    },
  };
  open = current;
  current.draw(items, pictures);
  return promise;
}

/** Redraws the open dialog when a picture's result arrives. */
export function updateWarning(items: FindingItem[], pictures: PictureStatus): void {
  open?.draw(items, pictures);
}

/** Closes the open dialog as if the user chose: used when the last picture check found nothing to hold the post for. */
export function settleWarning(choice: Choice): void {
  open?.done(choice);
}

/** A short message in a live region, gone after a while. */
export function showNotice(message: string, ms = 8000): void {
  const el = layer('notice');
  el.replaceChildren();
  const box = document.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'status');
  box.textContent = message;
  el.append(box);
  setTimeout(() => box.remove(), ms);
}

/** Shows the warning dialog for a held post and resolves with the user's choice; also the "press again" notice. */
import { h, render } from 'preact';
import { WarningDialog } from '../../components/WarningDialog';
import type { FindingItem } from '../../components/FindingList';
import { layer } from './overlay';

export type Choice = 'edit' | 'post';
let open: Promise<Choice> | null = null;

export function isWarningOpen(): boolean {
  return open !== null;
}

export function showWarning(items: FindingItem[], siteName: string, policyTitle?: string): Promise<Choice> {
  if (open) return open;
  const el = layer('dialog');
  open = new Promise<Choice>((resolve) => {
    const done = (choice: Choice) => {
      render(null, el);
      open = null;
      resolve(choice);
    };
    render(h(WarningDialog, { items, siteName, policyTitle, onEdit: () => done('edit'), onPostAnyway: () => done('post') }), el);
  });
  return open;
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

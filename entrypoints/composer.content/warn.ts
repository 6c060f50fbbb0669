/** Shows the warning dialog for a held post (or for review, from the count) and resolves with the user's choice; also the "press again" notice. */
import { h, render } from 'preact';
import { WarningDialog } from '../../components/WarningDialog';
import type { FindingItem } from '../../components/FindingList';
import { dismissKey, type Card } from '../../components/cards';
import { layer } from './overlay';
import { pageTheme } from './theme';
import { makePageInert } from './inert';

export type Choice = 'edit' | 'post';

/** What the dialog says about attached pictures: still being checked, or could not be checked. */
export interface PictureStatus {
  checking: string[];
  notDone: string[];
}

/** What the dialog needs from the rest of the content script: the pack's words, and the editor actions. */
export interface WarningContext {
  pack(): { settingName?: string; policyUrl?: string; contact?: string; allowNotAProblem: boolean };
  /** Puts the caret on the card's words in its editor. */
  show(card: Card): void;
  /** Starts the card's fix in its editor at once; resolves true when the text changed. */
  fix(card: Card): Promise<boolean>;
  /** Remembers "Not a problem" for the card's words. */
  dismiss(card: Card): void;
  /** The findings of the editors again, after a fix changed them. */
  recheck(items: FindingItem[]): FindingItem[];
  /** The page took the held post's composer away (an SPA route change): the dialog ended as "Edit post". */
  composerLeft?(items: FindingItem[]): void;
}

let context: WarningContext | null = null;

export function configureWarning(next: WarningContext): void {
  context = next;
}

interface Open {
  /** Where the dialog is drawn: if the page took it away, the dialog is over. */
  el: HTMLElement;
  /** The editors the held post was written in: once all of them have left the page, so has the post. */
  editors: HTMLElement[];
  promise: Promise<Choice>;
  items: FindingItem[];
  pictures?: PictureStatus;
  draw(): void;
  done(choice: Choice): void;
}
let open: Open | null = null;

/**
 * Whether the dialog is open. A page that removed our <second-look-ui> host took the dialog with it: that counts as
 * "Edit post" (the draft stays in the composer, untouched), so the next press is checked and warned about afresh
 * instead of every later post being held behind a dialog no one can see.
 */
export function isWarningOpen(): boolean {
  if (open) endIfGone(open);
  return open !== null;
}

/**
 * Ends the dialog as "Edit post" when what it is about is gone: our host (removed by the page), or every editor of the
 * held post (an SPA route change took the composer away: "Post anyway" would have nothing left to send). Whatever the
 * site keeps of the draft stays as it was; a composer that comes back with it is checked again.
 */
function endIfGone(current: Open): void {
  const composerGone = current.editors.length > 0 && current.editors.every((e) => !e.isConnected);
  if (current.el.isConnected && !composerGone) return;
  current.done('edit');
  if (composerGone) context?.composerLeft?.(current.items);
}

export function showWarning(items: FindingItem[], siteName: string, policyTitle?: string, pictures?: PictureStatus, mode: 'held' | 'review' = 'held'): Promise<Choice> {
  if (isWarningOpen()) return open!.promise;
  const el = layer('dialog');
  let resolve!: (c: Choice) => void;
  const promise = new Promise<Choice>((r) => (resolve = r));
  const near = items.find((i) => i.editor)?.editor;
  const theme = pageTheme(near);
  // The page behind leaves the accessibility tree and cannot take focus while the dialog is open.
  let restorePage = makePageInert(el);
  const pack = context?.pack();
  const current: Open = {
    el,
    editors: [...new Set(items.flatMap((i) => (i.editor ? [i.editor] : [])))],
    promise,
    items,
    pictures,
    draw: () =>
      render(
        h(WarningDialog, {
          items: current.items,
          siteName,
          settingName: pack?.settingName,
          policyTitle,
          policyUrl: pack?.policyUrl,
          contact: pack?.contact,
          checking: current.pictures?.checking,
          notDone: current.pictures?.notDone,
          mode,
          theme,
          onEdit: () => current.done('edit'),
          onPostAnyway: () => current.done('post'),
          onShow: context
            ? (card) => {
                const ctx = context!;
                current.done('edit');
                // After the intercept has put the caret back where it was, then ours on the words.
                setTimeout(() => ctx.show(card), 0);
              }
            : undefined,
          onFix: context
            ? (card) => {
                const ctx = context!;
                // The editor must be reachable for the moment the change is made, then the page is inert again.
                restorePage();
                let changed: Promise<boolean>;
                try {
                  changed = ctx.fix(card);
                } finally {
                  restorePage = makePageInert(el);
                }
                void changed.then((ok) => {
                  if (!ok || open !== current) return;
                  current.items = ctx.recheck(current.items);
                  current.draw();
                });
              }
            : undefined,
          onDismiss:
            context && pack?.allowNotAProblem
              ? (card) => {
                  context!.dismiss(card);
                  const gone = new Set(card.items.map((i) => dismissKey(i.finding)));
                  current.items = current.items.filter((i) => !gone.has(dismissKey(i.finding)));
                  current.draw();
                }
              : undefined,
        }),
        el,
      ),
    done: (choice) => {
      if (open !== current) return;
      hostWatch.disconnect();
      render(null, el);
      restorePage();
      open = null;
      resolve(choice);
    },
  };
  // The page made inert behind the dialog cannot be clicked: if the page takes our host or the post's composer away, end
  // the dialog at once (as "Edit post"), so the page comes back to life with the draft as the site keeps it.
  const hostWatch = new MutationObserver(() => endIfGone(current));
  hostWatch.observe(document.documentElement, { childList: true, subtree: true });
  open = current;
  current.draw();
  return promise;
}

/** Redraws the open dialog when a picture's result arrives. */
export function updateWarning(items: FindingItem[], pictures: PictureStatus): void {
  if (!open) return;
  open.items = items;
  open.pictures = pictures;
  open.draw();
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

/**
 * The warning shown before a flagged post goes out: what to check, grouped into cards with what to do about each,
 * "Edit post" (default) and "Post anyway". Opened from the count beside the composer it is a review: no "Post anyway".
 * Header and footer stay put while the cards scroll, so the title, "Nothing has been posted yet" and the
 * buttons are always in view.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FindingItem } from './FindingList';
import { buildCards, summaryLine, type Card } from './cards';
import { CardView } from './CardView';

export interface WarningDialogProps {
  items: FindingItem[];
  /** The site's name in words, e.g. "X". */
  siteName: string;
  /** The setting the pack is for, named in the words under the cards. */
  settingName?: string;
  policyTitle?: string;
  policyUrl?: string;
  /** Who to ask, as the pack gives it ("Priya Shah, our DSL"). */
  contact?: string;
  /** Attached pictures still being checked: the dialog says so and adds their findings when they come. */
  checking?: string[];
  /** Picture checks that failed or ran out of time: said plainly, never a reason to hold the post. */
  notDone?: string[];
  /** Held: the post is waiting ("Post anyway" shown). Review: opened before posting, from the count. */
  mode?: 'held' | 'review';
  theme?: 'light' | 'dark';
  onEdit(): void;
  onPostAnyway(): void;
  /** "Show me": close and put the caret on the words. */
  onShow?(card: Card): void;
  /** The card's safe fix, applied in the editor; the dialog redraws with what is left. */
  onFix?(card: Card): void;
  /** "Not a problem": remembered on this device; absent when the pack turns it off. */
  onDismiss?(card: Card): void;
}

/** Where the first view must still hold the title, "Nothing has been posted yet" and a whole card: 200% zoom, phones. */
export const COMPACT_QUERY = '(max-height: 560px), (max-width: 480px)';
const isCompact = () => typeof matchMedia === 'function' && matchMedia(COMPACT_QUERY).matches;

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function WarningDialog(props: WarningDialogProps) {
  const { items, siteName, settingName, policyTitle, checking = [], notDone = [], mode = 'held', theme = 'light', onEdit, onPostAnyway } = props;
  const dialog = useRef<HTMLDivElement>(null);
  const edit = useRef<HTMLButtonElement>(null);
  const [understood, setUnderstood] = useState(false);
  const cards = buildCards(items);
  const [compact] = useState(isCompact);
  const high = cards.some((c) => c.severity === 'high');
  const needsConfirm = mode === 'held' && high;
  /** While a fix is applied in the editor, focus may leave the dialog for that moment. */
  const busy = useRef(false);

  // "Edit post" is the safe choice, so it takes focus first; without scrolling, so the title stays in view. Once the
  // dialog is painted (an effect, not a layout effect): focus() wants an up-to-date layout, and before the first frame
  // that is a forced layout of the new dialog inside the press's own handler (issue 13). Unless focus is in it already.
  useEffect(() => {
    const root = dialog.current?.getRootNode() as Document | ShadowRoot | undefined;
    if (!root?.activeElement || !dialog.current?.contains(root.activeElement)) edit.current?.focus({ preventScroll: true });
  }, []);

  // Until then, Escape pressed anywhere still means "edit" (a person's key only: a page's made-up one does nothing).
  useLayoutEffect(() => {
    const doc = dialog.current?.ownerDocument;
    if (!doc) return;
    const onKey = (e: KeyboardEvent) => {
      const root = dialog.current?.getRootNode() as Document | ShadowRoot | undefined;
      if (e.key !== 'Escape' || !e.isTrusted || (root?.activeElement && dialog.current?.contains(root.activeElement))) return;
      e.preventDefault();
      e.stopPropagation();
      onEdit();
    };
    doc.addEventListener('keydown', onKey, true);
    return () => doc.removeEventListener('keydown', onKey, true);
  }, []);

  // A modal keeps focus: editors (Lexical, Draft) restore their own selection a moment later and would take it back.
  const lastFocus = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const doc = dialog.current?.ownerDocument;
    if (!doc) return;
    const onFocusIn = () => {
      // Asked of the dialog's own root: from the document, an event inside a closed shadow root has no path into it.
      const root = dialog.current?.getRootNode() as Document | ShadowRoot | undefined;
      if (busy.current || !dialog.current || (root?.activeElement && dialog.current.contains(root.activeElement))) return;
      const back = lastFocus.current?.isConnected ? lastFocus.current : edit.current;
      back?.focus({ preventScroll: true });
    };
    doc.addEventListener('focusin', onFocusIn, true);
    return () => doc.removeEventListener('focusin', onFocusIn, true);
  }, []);

  const stops = () => [...(dialog.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];

  // Focus stays inside while the dialog is open; Escape means "edit".
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onEdit();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    const all = stops();
    const root = dialog.current.getRootNode() as Document | ShadowRoot;
    const at = all.indexOf(root.activeElement as HTMLElement);
    const next = e.shiftKey ? (at <= 0 ? all.length - 1 : at - 1) : at === all.length - 1 ? 0 : at + 1;
    e.preventDefault();
    all[next]?.focus();
  };

  const fix = props.onFix
    ? (card: Card) => {
        busy.current = true;
        try {
          props.onFix!(card);
        } finally {
          busy.current = false;
        }
        // The card is gone: focus goes to the next control, never to the page.
        edit.current?.focus({ preventScroll: true });
      }
    : undefined;
  const dismiss = props.onDismiss
    ? (card: Card) => {
        props.onDismiss!(card);
        edit.current?.focus({ preventScroll: true });
      }
    : undefined;

  const where = policyTitle ? `${settingName ? `${settingName}'s ` : 'your '}${policyTitle}` : settingName ? `${settingName}'s social networking policy` : "your setting's social networking policy";
  const waiting = !items.length && checking.length > 0;
  return (
    <div
      class={`backdrop theme-${theme}`}
      // A click on the backdrop must not send focus to the page behind.
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) e.preventDefault();
      }}
    >
      <div
        ref={dialog}
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="sl-brand sl-title"
        aria-describedby="sl-summary"
        // Clicking the dialog's text keeps focus in the dialog, so Escape and Enter still work.
        tabIndex={-1}
        onKeyDown={onKeyDown}
        onFocusIn={(e) => (lastFocus.current = e.target as HTMLElement)}
      >
        <header class="head">
          <p class="brand" id="sl-brand">
            Second Look
          </p>
          <h2 id="sl-title">{mode === 'held' ? `Worth a second look before this goes to ${siteName}` : 'Worth a second look'}</h2>
          <p id="sl-summary">
            <strong>{mode === 'held' ? 'Nothing has been posted yet.' : 'Nothing has been posted.'}</strong>{' '}
            {waiting ? 'Second Look is checking the attached picture before this goes out.' : `${summaryLine(cards)}.`}
          </p>
        </header>
        <div class="body">
          {checking.length > 0 && (
            <p class="checking" role="status">
              Checking the photo{checking.length > 1 ? 's' : ''}… ({checking.join(', ')})
            </p>
          )}
          {cards.length > 0 && (
            <ul class="findings" aria-label="What to check">
              {cards.map((card) => (
                <CardView key={card.key} card={card} policyUrl={props.policyUrl} onShow={props.onShow} onFix={fix} onDismiss={dismiss} compact={compact} />
              ))}
            </ul>
          )}
          {cards.length > 0 && (
            <p class="policy-note">
              These come from {where}.{props.contact ? ` Not sure? Ask ${props.contact}.` : ''}
            </p>
          )}
          {cards.length > 0 && props.onDismiss && (
            <p class="hint" id="sl-dismiss-hint">
              “Not a problem” is remembered on this browser only: Second Look stops flagging those words here.
            </p>
          )}
          {notDone.length > 0 && (
            <ul class="not-done" aria-label="Not checked">
              {notDone.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
        <footer class="foot">
          {needsConfirm && (
            <label class="confirm">
              <input type="checkbox" checked={understood} onChange={(e) => setUnderstood((e.target as HTMLInputElement).checked)} />
              <span class="long-words">I understand this post may break the policy and I still want to post it</span>
              <span class="short-words">I understand the risk and still want to post it</span>
            </label>
          )}
          {needsConfirm && !understood && (
            <p class="hint" id="sl-post-why">
              To post anyway, tick “I understand” first.
            </p>
          )}
          <div class="actions">
            <button ref={edit} type="button" class="primary" onClick={onEdit}>
              {mode === 'held' ? 'Edit post' : 'Back to my post'}
            </button>
            {mode === 'held' && (
              <button
                type="button"
                class="secondary"
                disabled={needsConfirm && !understood}
                aria-describedby={needsConfirm && !understood ? 'sl-post-why' : undefined}
                onClick={onPostAnyway}
              >
                {cards.length ? 'Post anyway' : 'Post'}
              </button>
            )}
          </div>
        </footer>
      </div>
    </div>
  );
}

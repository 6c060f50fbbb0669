/** The warning shown before a flagged post goes out: findings, "Edit post" (default) and "Post anyway". */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { FindingList, type FindingItem } from './FindingList';

export interface WarningDialogProps {
  items: FindingItem[];
  /** The site's name in words, e.g. "X". */
  siteName: string;
  policyTitle?: string;
  /** Attached pictures still being checked: the dialog says so and adds their findings when they come. */
  checking?: string[];
  /** Picture checks that failed or ran out of time: said plainly, never a reason to hold the post. */
  notDone?: string[];
  onEdit(): void;
  onPostAnyway(): void;
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function WarningDialog({ items, siteName, policyTitle, checking = [], notDone = [], onEdit, onPostAnyway }: WarningDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const edit = useRef<HTMLButtonElement>(null);
  const [understood, setUnderstood] = useState(false);
  const high = items.some((i) => i.finding.severity === 'high');

  // "Edit post" is the safe choice, so it takes focus first, before the next key press can land anywhere else.
  useLayoutEffect(() => edit.current?.focus(), []);

  // A modal keeps focus: editors (Lexical, Draft) restore their own selection a moment later and would take it back.
  const lastFocus = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const doc = dialog.current?.ownerDocument;
    if (!doc) return;
    const onFocusIn = (e: FocusEvent) => {
      if (dialog.current && !e.composedPath().includes(dialog.current)) (lastFocus.current ?? edit.current)?.focus();
    };
    doc.addEventListener('focusin', onFocusIn, true);
    return () => doc.removeEventListener('focusin', onFocusIn, true);
  }, []);

  // Focus stays inside while the dialog is open; Escape means "edit".
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onEdit();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    const stops = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const root = dialog.current.getRootNode() as Document | ShadowRoot;
    const at = stops.indexOf(root.activeElement as HTMLElement);
    const next = e.shiftKey ? (at <= 0 ? stops.length - 1 : at - 1) : at === stops.length - 1 ? 0 : at + 1;
    e.preventDefault();
    stops[next]?.focus();
  };

  const count = items.length === 1 ? 'one thing' : `${items.length} things`;
  return (
    <div class="backdrop">
      <div
        ref={dialog}
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="sl-title"
        aria-describedby="sl-summary"
        onKeyDown={onKeyDown}
        onFocusIn={(e) => (lastFocus.current = e.target as HTMLElement)}
      >
        <h2 id="sl-title">Second Look: check this post before it goes to {siteName}</h2>
        <p id="sl-summary">
          {items.length || !checking.length
            ? `Second Look found ${count} that ${policyTitle ? `your ${policyTitle}` : "your setting's policy"} may not allow. `
            : 'Second Look is checking the attached picture before this goes out. '}
          Nothing has been posted yet.
        </p>
        {checking.length > 0 && (
          <p class="checking" role="status">
            Checking the photo{checking.length > 1 ? 's' : ''}… ({checking.join(', ')})
          </p>
        )}
        <FindingList items={items} />
        {notDone.length > 0 && (
          <ul class="not-done" aria-label="Not checked">
            {notDone.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {high && (
          <label class="confirm">
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood((e.target as HTMLInputElement).checked)} />
            I understand this post may break the policy and I still want to post it
          </label>
        )}
        <div class="actions">
          <button ref={edit} type="button" class="primary" onClick={onEdit}>
            Edit post
          </button>
          <button type="button" class="secondary" disabled={high && !understood} onClick={onPostAnyway}>
            Post anyway
          </button>
        </div>
      </div>
    </div>
  );
}

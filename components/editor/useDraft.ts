/** The draft as a Preact hook: edits with undo, kept in storage.local (undo history too) so a reload loses nothing. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parsePack } from '../../rules';
import { DRAFT_KEY, DRAFT_RETENTION_MS, HISTORY_KEY, SAVED_AT_KEY, SAVED_HISTORY_LIMIT, edit, emptyDraft, undo as undoOnce, type Draft, type History } from './draft';
import { fieldErrors, type FieldErrors } from './field-errors';

export interface DraftApi {
  draft: Draft;
  /** Storage has answered: before that the editor shows nothing to edit, so a quick keystroke cannot be overwritten. */
  loaded: boolean;
  canUndo: boolean;
  /** Where the draft came from when there was none saved: the pack in force, or a blank one. */
  startedFrom?: string;
  /** What is wrong with the draft, in words, by field. */
  errors: FieldErrors;
  change(field: string, update: (d: Draft) => Draft): void;
  /** Replaces the whole draft (import, start again) as one undoable change. */
  replace(next: Draft): void;
  undo(): void;
  /** Deletes the saved draft and its undo history from this browser, and starts afresh. */
  clear(): Promise<void>;
  /**
   * Storage failed: in words. After a failed read nothing is written (the saved draft may still be there and must not be
   * overwritten by an empty editor); after a failed write the changes are only on screen.
   */
  storageProblem?: string;
  /** Said once when an old draft was deleted for its age. */
  expired?: string;
}

/** The pack in force (as the background stored it), minus its signature, as a first draft; null if none or the demo. */
async function packInForce(): Promise<Draft | null> {
  const got = await browser.storage.local.get('pack.active');
  if (got['pack.active'] === undefined) return null;
  const parsed = parsePack(got['pack.active']);
  if (!parsed.ok) return null;
  const { signature: _s, ...draft } = parsed.pack;
  return draft as Draft;
}

export function useDraft(now: () => number = Date.now): DraftApi {
  const [history, setHistory] = useState<History>({ draft: emptyDraft(), past: [] });
  const [loaded, setLoaded] = useState(false);
  const [startedFrom, setStartedFrom] = useState<string | undefined>();
  const [storageProblem, setStorageProblem] = useState<string | undefined>();
  const [expired, setExpired] = useState<string | undefined>();
  const latest = useRef(history);
  latest.current = history;
  /** False after a failed read: writing then could replace a saved draft the editor never saw. */
  const mayWrite = useRef(true);

  useEffect(() => {
    browser.storage.local
      .get([DRAFT_KEY, HISTORY_KEY, SAVED_AT_KEY])
      .then(async (got) => {
        let saved = got[DRAFT_KEY] as Draft | undefined;
        const past = Array.isArray(got[HISTORY_KEY]) ? (got[HISTORY_KEY] as Draft[]) : [];
        const savedAt = typeof got[SAVED_AT_KEY] === 'number' ? (got[SAVED_AT_KEY] as number) : undefined;
        if (saved && savedAt !== undefined && now() - savedAt > DRAFT_RETENTION_MS) {
          await browser.storage.local.remove([DRAFT_KEY, HISTORY_KEY, SAVED_AT_KEY]);
          setExpired(`A draft last changed on ${new Date(savedAt).toLocaleDateString()} was deleted: drafts are kept for 30 days.`);
          saved = undefined;
        }
        // A draft from before drafts were dated starts its 30 days now.
        if (saved && savedAt === undefined) await browser.storage.local.set({ [SAVED_AT_KEY]: now() });
        if (saved) return setHistory({ draft: saved, past });
        // No draft yet: start from the setting's own pack when one is in force, so nothing is typed twice.
        const inForce = await packInForce().catch(() => null);
        if (inForce) {
          setHistory({ draft: inForce, past: [] });
          setStartedFrom(`${inForce.setting.name}, version ${inForce.version} (the pack in force)`);
        }
      })
      .catch((error: unknown) => {
        mayWrite.current = false;
        setStorageProblem(`Your saved draft could not be read (${error instanceof Error ? error.message : String(error)}). It is left as it was: changes here are not saved. Reload the page to try again.`);
      })
      .finally(() => setLoaded(true));
  }, []);

  const commit = useCallback((next: History) => {
    latest.current = next;
    setHistory(next);
    // Saved on every change, not on leaving: a crashed tab or a closed laptop must not lose the manager's typing, nor undo.
    if (!mayWrite.current) return;
    browser.storage.local
      .set({ [DRAFT_KEY]: next.draft, [HISTORY_KEY]: next.past.slice(-SAVED_HISTORY_LIMIT), [SAVED_AT_KEY]: now() })
      .then(
        () => setStorageProblem(undefined),
        (error: unknown) =>
          setStorageProblem(`The latest changes could not be saved in this browser (${error instanceof Error ? error.message : String(error)}); they are only on screen. Export the pack to keep them.`),
      );
  }, []);

  const clear = useCallback(async () => {
    try {
      await browser.storage.local.remove([DRAFT_KEY, HISTORY_KEY, SAVED_AT_KEY]);
    } catch (error) {
      setStorageProblem(`The saved draft could not be deleted (${error instanceof Error ? error.message : String(error)}).`);
      return;
    }
    mayWrite.current = true;
    const empty = { draft: emptyDraft(), past: [] };
    latest.current = empty;
    setHistory(empty);
    setStartedFrom(undefined);
    setStorageProblem(undefined);
  }, []);

  const errors = useMemo(() => fieldErrors(history.draft), [history.draft]);
  return {
    draft: history.draft,
    loaded,
    canUndo: history.past.length > 0,
    startedFrom,
    errors,
    change: (field, update) => commit(edit(latest.current, field, update(latest.current.draft), now())),
    replace: (next) => commit(edit(latest.current, `replace-${now()}`, next, now())),
    undo: () => commit(undoOnce(latest.current)),
    clear,
    storageProblem,
    expired,
  };
}

/** The draft as a Preact hook: edits with undo, kept in storage.local so a reload loses nothing. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DRAFT_KEY, edit, emptyDraft, undo as undoOnce, type Draft, type History } from './draft';

export interface DraftApi {
  draft: Draft;
  /** Storage has answered: before that the editor shows nothing to edit, so a quick keystroke cannot be overwritten. */
  loaded: boolean;
  canUndo: boolean;
  change(field: string, update: (d: Draft) => Draft): void;
  /** Replaces the whole draft (import, start again) as one undoable change. */
  replace(next: Draft): void;
  undo(): void;
}

export function useDraft(now: () => number = Date.now): DraftApi {
  const [history, setHistory] = useState<History>({ draft: emptyDraft(), past: [] });
  const [loaded, setLoaded] = useState(false);
  const latest = useRef(history);
  latest.current = history;

  useEffect(() => {
    browser.storage.local
      .get(DRAFT_KEY)
      .then((got) => {
        const saved = got[DRAFT_KEY] as Draft | undefined;
        if (saved) setHistory({ draft: saved, past: [] });
      })
      .finally(() => setLoaded(true));
  }, []);

  const commit = useCallback((next: History) => {
    latest.current = next;
    setHistory(next);
    // Saved on every change, not on leaving: a crashed tab or a closed laptop must not lose the manager's typing.
    void browser.storage.local.set({ [DRAFT_KEY]: next.draft });
  }, []);

  return {
    draft: history.draft,
    loaded,
    canUndo: history.past.length > 0,
    change: (field, update) => commit(edit(latest.current, field, update(latest.current.draft), now())),
    replace: (next) => commit(edit(latest.current, `replace-${now()}`, next, now())),
    undo: () => commit(undoOnce(latest.current)),
  };
}

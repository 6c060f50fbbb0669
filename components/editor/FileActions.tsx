/** Import a pack file into the draft (a bad file changes nothing and says why), export the draft, start again, undo. */
import { useState } from 'preact/hooks';
import { download } from './download';
import { emptyDraft, exportPack, importPack } from './draft';
import type { DraftApi } from './useDraft';
import { Outcome, type OutcomeValue } from './Outcome';


export function FileActions({ api }: { api: DraftApi }) {
  const [notice, setNotice] = useState<OutcomeValue | null>(null);
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="file-actions" aria-label="Pack file">
      <div class="buttons">
        <label class="button" for="import-file">
          Open a pack file…
        </label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (!file) return;
            const result = importPack(await file.text());
            if (!result.ok) {
              setNotice({ kind: 'error', text: `${file.name} was not opened: it is not a valid pack. Your draft is unchanged.`, errors: result.errors });
              return;
            }
            api.replace(result.draft);
            setNotice({ kind: 'ok', text: `Opened ${file.name}: ${result.draft.setting.name}, version ${result.draft.version}.${result.wasSigned ? ' Its signature was set aside: sign again after editing.' : ''}` });
          }}
        />
        <button
          type="button"
          onClick={() => {
            const result = exportPack(api.draft);
            if (!result.ok) {
              // In words, as beside the fields, not as the validator's paths.
              setNotice({ kind: 'error', text: 'The draft cannot be exported yet:', errors: [...api.errors.byField.values(), ...api.errors.rest] });
              return;
            }
            download(`${result.pack.id}-v${result.pack.version}.json`, result.text);
            setNotice({ kind: 'ok', text: `Exported ${result.pack.id}-v${result.pack.version}.json (unsigned).` });
          }}
        >
          Export pack
        </button>
        <button type="button" onClick={api.undo} disabled={!api.canUndo}>
          Undo
        </button>
        <button type="button" aria-expanded={confirming} onClick={() => setConfirming(true)}>
          Start a new pack
        </button>
      </div>
      {confirming && (
        <div class="confirm-new" role="group" aria-labelledby="confirm-new-q">
          <p id="confirm-new-q">Start again with an empty pack? The draft is cleared; Undo brings it back.</p>
          <div class="buttons">
            <button
              type="button"
              ref={(el) => el?.focus()}
              onClick={() => {
                api.replace(emptyDraft());
                setConfirming(false);
                setNotice({ kind: 'ok', text: 'Started a new, empty pack. Undo brings the last draft back.' });
              }}
            >
              Yes, start a new pack
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep my draft
            </button>
          </div>
        </div>
      )}
      <Outcome value={notice} />
    </section>
  );
}

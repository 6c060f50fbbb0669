/** Import a pack file into the draft (a bad file changes nothing and says why), export the draft, start again, undo. */
import { useState } from 'preact/hooks';
import { download } from './download';
import { emptyDraft, exportPack, importPack } from './draft';
import type { DraftApi } from './useDraft';
import { Outcome, type OutcomeValue } from './Outcome';


export function FileActions({ api }: { api: DraftApi }) {
  const [notice, setNotice] = useState<OutcomeValue | null>(null);
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
              setNotice({ kind: 'error', text: 'The draft cannot be exported yet:', errors: result.errors });
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
        <button type="button" onClick={() => api.replace(emptyDraft())}>
          Start a new pack
        </button>
      </div>
      <Outcome value={notice} />
    </section>
  );
}

/** Import a class list (paste or CSV file) into the children or staff: what would be added, merged or ignored is shown before it is applied. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { parseClassList, plural, previewImport, type ClassList, type ImportPreview } from './class-list';

export interface ClassListImportProps {
  id: string;
  /** "children" or "staff", as the list is named in the words. */
  listName: string;
  existing: string[];
  onApply(next: string[]): void;
}

export function ClassListImport({ id, listName, existing, onApply }: ClassListImportProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [read, setRead] = useState<{ list: ClassList; preview: ImportPreview } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  // Opening moves the focus to the paste box; closing, back to the button that opened it.
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useLayoutEffect(() => {
    if (open) box.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const look = (value: string) => {
    const list = parseClassList(value);
    setRead({ list, preview: previewImport(existing, list) });
  };

  if (!open)
    return (
      <div class="import-open">
        <button type="button" ref={opener} onClick={() => (setOpen(true), setDone(null))}>
          Import a class list into {listName}…
        </button>
        {done && (
          <p class="notice-ok" role="status">
            {done}
          </p>
        )}
      </div>
    );
  return (
    <div class="import-preview" id={`${id}-import`} role="group" aria-labelledby={`${id}-import-h`}>
      <p id={`${id}-import-h`}>
        <strong>Import a class list into {listName}</strong>
      </p>
      <label for={`${id}-import-text`}>Paste rows from a spreadsheet or your records system (any columns; a header row is recognised)</label>
      <textarea
        id={`${id}-import-text`}
        rows={5}
        value={text}
        ref={box}
        onInput={(e) => {
          setText(e.currentTarget.value);
          look(e.currentTarget.value);
        }}
      />
      <label for={`${id}-import-file`}>…or choose a CSV file</label>
      <input
        id={`${id}-import-file`}
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          if (!file) return;
          const value = await file.text();
          setText(value);
          look(value);
        }}
      />
      {read && (
        <div aria-live="polite">
          <p>
            Read as {read.list.reading}: {plural(read.preview.added.length, 'new name')} to add, {plural(read.preview.merged.length, 'name')} already on the list,{' '}
            {plural(read.preview.ignored.length, 'row')} ignored.
          </p>
          {read.preview.added.length > 0 && (
            <details open>
              <summary>To add ({read.preview.added.length})</summary>
              <ul>
                {read.preview.added.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </details>
          )}
          {read.preview.merged.length > 0 && (
            <details>
              <summary>Already on the list ({read.preview.merged.length})</summary>
              <ul>
                {read.preview.merged.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </details>
          )}
          {read.preview.ignored.length > 0 && (
            <details open>
              <summary>Ignored ({read.preview.ignored.length})</summary>
              <ul>
                {read.preview.ignored.map((r, i) => (
                  <li key={i}>
                    “{r.row}”: {r.why}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      <div class="buttons">
        <button
          type="button"
          disabled={!read?.preview.added.length}
          onClick={() => {
            onApply([...existing, ...read!.preview.added]);
            setDone(`Added ${plural(read!.preview.added.length, 'name')} to ${listName}.`);
            setOpen(false);
            setText('');
            setRead(null);
          }}
        >
          {read?.preview.added.length ? `Add ${plural(read.preview.added.length, 'name')}` : 'Nothing to add yet'}
        </button>
        <button type="button" onClick={() => (setOpen(false), setText(''), setRead(null))}>
          Cancel
        </button>
      </div>
    </div>
  );
}

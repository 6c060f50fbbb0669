/** A one-entry-a-line list (paste a spreadsheet column): cleaned as it is committed, the count shown, problems shown per line. */
import { useEffect, useState } from 'preact/hooks';
import { cleanLines } from './draft';

export interface ListFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string[];
  onChange(next: string[]): void;
  /** A problem with one entry (e.g. a regex that does not compile), shown beside the field. */
  problemOf?(entry: string): string | null;
  rows?: number;
  countNoun?: string;
}

export function ListField({ id, label, hint, value, onChange, problemOf, rows = 4, countNoun = 'entries' }: ListFieldProps) {
  // The text as typed (blank lines and all, while typing); the draft holds only the cleaned list.
  const [text, setText] = useState(value.join('\n'));
  useEffect(() => {
    // Undo or an import changed the list underneath: show it, unless the typed text already means the same.
    if (cleanLines(text).join('\n') !== value.join('\n')) setText(value.join('\n'));
  }, [value]);

  const problems = problemOf ? value.map((entry) => ({ entry, problem: problemOf(entry) })).filter((p) => p.problem) : [];
  const describedBy = [hint && `${id}-hint`, problems.length > 0 && `${id}-problems`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field list-field">
      <label for={id}>
        {label} <span class="count">({value.length} {countNoun})</span>
      </label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        value={text}
        aria-invalid={problems.length > 0}
        aria-describedby={describedBy}
        onInput={(e) => {
          const typed = e.currentTarget.value;
          setText(typed);
          onChange(cleanLines(typed));
        }}
        onBlur={() => setText(value.join('\n'))}
      />
      {problems.length > 0 && (
        <ul class="problems" id={`${id}-problems`} role="alert">
          {problems.map((p) => (
            <li key={p.entry}>
              <code>{p.entry}</code>: {p.problem}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

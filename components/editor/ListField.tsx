/** A one-entry-a-line list (paste a spreadsheet column): cleaned as it is committed, the count shown, problems shown per line. */
import { useEffect, useState } from 'preact/hooks';
import { cleanLines } from './draft';
import { plural } from './class-list';

export interface ListFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string[];
  onChange(next: string[]): void;
  /** A problem with one entry (e.g. a regex that does not compile), shown beside the field. */
  problemOf?(entry: string): string | null;
  rows?: number;
  /** What one entry is called, and several ("handle", "handles"): the count reads "1 handle", "3 handles". */
  countNoun?: [string, string];
  /** A problem with the list as a whole (from the pack's validation), in words. */
  error?: string;
}

export function ListField({ id, label, hint, value, onChange, problemOf, rows = 4, countNoun = ['entry', 'entries'], error }: ListFieldProps) {
  // The text as typed (blank lines and all, while typing); the draft holds only the cleaned list.
  const [text, setText] = useState(value.join('\n'));
  useEffect(() => {
    // Undo or an import changed the list underneath: show it, unless the typed text already means the same.
    if (cleanLines(text).join('\n') !== value.join('\n')) setText(value.join('\n'));
  }, [value]);

  const problems = problemOf ? value.map((entry) => ({ entry, problem: problemOf(entry) })).filter((p) => p.problem) : [];
  const describedBy = [hint && `${id}-hint`, problems.length > 0 && `${id}-problems`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field list-field">
      <label for={id}>
        {label} <span class="count">({plural(value.length, countNoun[0], countNoun[1])})</span>
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
        aria-invalid={problems.length > 0 || !!error}
        aria-describedby={describedBy}
        onInput={(e) => {
          const typed = e.currentTarget.value;
          setText(typed);
          onChange(cleanLines(typed));
        }}
        onBlur={() => setText(value.join('\n'))}
      />
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {problems.length > 0 && (
        // Not an alert: it would break the list apart and be read again at every keystroke; aria-describedby reads it with the field.
        <ul class="problems" id={`${id}-problems`}>
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

/** One banned term: its id, category, severity, phrases, regexes (checked as you type) and message. */
import { CATEGORIES, CATEGORY_LABELS, regexProblem, SEVERITIES, type Term } from '../../rules';
import { ListField } from './ListField';
import { TextField } from './TextField';

export interface TermRowProps {
  term: Term;
  index: number;
  onChange(field: string, update: (t: Term) => Term): void;
  onRemove(): void;
}

export function TermRow({ term, index, onChange, onRemove }: TermRowProps) {
  const at = `term-${index}`;
  return (
    <li class="term">
      <fieldset>
        <legend>Term {index + 1}</legend>
        <div class="row">
          <TextField id={`${at}-id`} label="Id" value={term.id} onChange={(id) => onChange('id', (t) => ({ ...t, id }))} />
          <div class="field">
            <label for={`${at}-category`}>Category</label>
            <select id={`${at}-category`} value={term.category} onChange={(e) => onChange('category', (t) => ({ ...t, category: e.currentTarget.value as Term['category'] }))}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={`${at}-severity`}>Severity</label>
            <select id={`${at}-severity`} value={term.severity} onChange={(e) => onChange('severity', (t) => ({ ...t, severity: e.currentTarget.value as Term['severity'] }))}>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ListField id={`${at}-phrases`} label="Phrases" hint="Whole words, any capitals; one a line." value={term.phrases} onChange={(phrases) => onChange('phrases', (t) => ({ ...t, phrases }))} countNoun="phrases" />
        <ListField
          id={`${at}-regex`}
          label="Patterns (regular expressions)"
          hint="RE2 syntax, one a line: no look-arounds or back-references."
          value={term.regex}
          onChange={(regex) => onChange('regex', (t) => ({ ...t, regex }))}
          problemOf={regexProblem}
          rows={2}
          countNoun="patterns"
        />
        <TextField id={`${at}-message`} label="Message shown to staff" value={term.message ?? ''} onChange={(message) => onChange('message', (t) => ({ ...t, message: message || undefined }))} multiline />
        <button type="button" class="remove" onClick={onRemove}>
          Remove term {index + 1}
        </button>
      </fieldset>
    </li>
  );
}

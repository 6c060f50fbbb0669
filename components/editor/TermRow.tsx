/** One banned term: its id, category, severity, phrases, regexes (checked as you type) and message. */
import { CATEGORY_LABELS, SEVERITIES, TEXT_CATEGORIES, type Term } from '../../rules';
import { SEVERITY_WORDS } from '../categories';
import { patternProblem } from './pattern-words';
import { ListField } from './ListField';
import { TextField } from './TextField';

export interface TermRowProps {
  term: Term;
  index: number;
  onChange(field: string, update: (t: Term) => Term): void;
  onRemove(): void;
  /** The draft's problems by field id, in words. */
  errors?: Map<string, string>;
}

export function TermRow({ term, index, onChange, onRemove, errors }: TermRowProps) {
  const at = `term-${index}`;
  const error = (field: string) => errors?.get(`${at}-${field}`);
  return (
    <li class="term">
      <fieldset>
        <legend>Term {index + 1}{term.phrases[0] ? `: ${term.phrases[0]}` : ''}</legend>
        <div class="row">
          <div class="field">
            <label for={`${at}-category`}>Category</label>
            <select id={`${at}-category`} value={term.category} onChange={(e) => onChange('category', (t) => ({ ...t, category: e.currentTarget.value as Term['category'] }))}>
              {/* Text categories only: the logo and photo checks read pictures, and the schema refuses them for a term. */}
              {TEXT_CATEGORIES.map((c) => (
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
                  {SEVERITY_WORDS[s]} ({s})
                </option>
              ))}
            </select>
          </div>
        </div>
        <ListField id={`${at}-phrases`} label="Phrases" hint="Whole words, any capitals; one a line." value={term.phrases} onChange={(phrases) => onChange('phrases', (t) => ({ ...t, phrases }))} countNoun={["phrase", "phrases"]} error={error('phrases')} />
        <TextField id={`${at}-message`} label="Message shown to staff" value={term.message ?? ''} onChange={(message) => onChange('message', (t) => ({ ...t, message: message || undefined }))} multiline />
        <details class="advanced" open={term.regex.length > 0 || undefined}>
          <summary>Advanced, for IT</summary>
          <TextField id={`${at}-id`} label="Id" hint="Stays the same across versions; used in reports." error={error('id')} value={term.id} onChange={(id) => onChange('id', (t) => ({ ...t, id }))} />
          <ListField
            id={`${at}-regex`}
            label="Patterns (regular expressions)"
            hint="RE2 syntax, one a line: no look-arounds or back-references."
            value={term.regex}
            onChange={(regex) => onChange('regex', (t) => ({ ...t, regex }))}
            problemOf={patternProblem}
            rows={2}
            countNoun={["pattern", "patterns"]}
          />
        </details>
        <button type="button" class="remove" onClick={onRemove}>
          Remove term {index + 1}
        </button>
      </fieldset>
    </li>
  );
}

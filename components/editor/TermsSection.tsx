/** The pack's own terms (banned phrases and patterns) and the phrases to allow. */
import type { Term } from '../../rules';
import type { DraftApi } from './useDraft';
import { newTermId } from './draft';
import { ListField } from './ListField';
import { TermRow } from './TermRow';

export function TermsSection({ api }: { api: DraftApi }) {
  const { draft, change } = api;
  const updateTerm = (i: number) => (field: string, update: (t: Term) => Term) =>
    change(`terms.${i}.${field}`, (d) => ({ ...d, terms: d.terms.map((t, k) => (k === i ? update(t) : t)) }));
  return (
    <fieldset>
      <legend>Terms</legend>
      <ol class="terms">
        {draft.terms.map((term, i) => (
          <TermRow key={i} term={term} index={i} onChange={updateTerm(i)} onRemove={() => change(`terms.remove-${Date.now()}`, (d) => ({ ...d, terms: d.terms.filter((_, k) => k !== i) }))} />
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          change(`terms.add-${Date.now()}`, (d) => ({ ...d, terms: [...d.terms, { id: newTermId(d.terms), category: 'confidential', phrases: [], regex: [], severity: 'medium' }] }))
        }
      >
        Add a term
      </button>
      <ListField
        id="allow"
        label="Phrases to allow"
        hint="Anything found inside one of these is not reported (e.g. your motto)."
        value={draft.allow}
        onChange={(allow) => change('allow', (d) => ({ ...d, allow }))}
        rows={2}
        countNoun="phrases"
      />
    </fieldset>
  );
}

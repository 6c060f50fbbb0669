/** The pack's own terms (banned phrases and patterns) and the phrases to allow. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Term } from '../../rules';
import type { DraftApi } from './useDraft';
import { newTermId } from './draft';
import { ListField } from './ListField';
import { TermRow } from './TermRow';

export function TermsSection({ api }: { api: DraftApi }) {
  const { draft, change } = api;
  // A term just added gets the focus (its phrases), so the keyboard carries on where the new fields are.
  const added = useRef(false);
  useLayoutEffect(() => {
    if (!added.current) return;
    added.current = false;
    document.getElementById(`term-${draft.terms.length - 1}-phrases`)?.focus();
  }, [draft.terms.length]);
  const updateTerm = (i: number) => (field: string, update: (t: Term) => Term) =>
    change(`terms.${i}.${field}`, (d) => ({ ...d, terms: d.terms.map((t, k) => (k === i ? update(t) : t)) }));
  return (
    <fieldset>
      <legend>Words and phrases to watch for</legend>
      <p class="hint">Each term is a group of phrases with one message, e.g. the names of your local authority's safeguarding process.</p>
      <ol class="terms">
        {draft.terms.map((term, i) => (
          <TermRow key={i} term={term} index={i} errors={api.errors.byField} onChange={updateTerm(i)} onRemove={() => change(`terms.remove-${Date.now()}`, (d) => ({ ...d, terms: d.terms.filter((_, k) => k !== i) }))} />
        ))}
      </ol>
      <button
        type="button"
        onClick={() => {
          added.current = true;
          change(`terms.add-${Date.now()}`, (d) => ({ ...d, terms: [...d.terms, { id: newTermId(d.terms), category: 'confidential', phrases: [], regex: [], severity: 'medium' }] }));
        }}
      >
        Add a term
      </button>
      <ListField
        id="allow"
        label="Phrases to allow"
        hint="Anything found inside one of these is not reported (e.g. your motto)."
        value={draft.allow}
        onChange={(allow) => change('allow', (d) => ({ ...d, allow }))}
        error={api.errors.byField.get('allow')}
        rows={2}
        countNoun={["phrase", "phrases"]}
      />
    </fieldset>
  );
}

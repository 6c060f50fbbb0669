/** The setting's social networking policy: its title, a link, and the clause quoted for each category. */
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../../rules';
import type { DraftApi } from './useDraft';
import { TextField } from './TextField';

export function PolicySection({ api }: { api: DraftApi }) {
  const { draft, change } = api;
  const setClause = (c: Category) => (text: string) =>
    change(`policy.clauses.${c}`, (d) => {
      const clauses = { ...d.policy.clauses };
      if (text) clauses[c] = text;
      else delete clauses[c];
      return { ...d, policy: { ...d.policy, clauses } };
    });
  return (
    <fieldset>
      <legend>The policy</legend>
      <TextField id="policy-title" label="Policy title" error={api.errors.byField.get('policy-title')} value={draft.policy.title ?? ''} onChange={(title) => change('policy.title', (d) => ({ ...d, policy: { ...d.policy, title: title || undefined } }))} />
      <TextField id="policy-url" label="Link to the policy" type="url" error={api.errors.byField.get('policy-url')} value={draft.policy.url ?? ''} onChange={(url) => change('policy.url', (d) => ({ ...d, policy: { ...d.policy, url: url || undefined } }))} />
      <details>
        <summary>Clauses quoted in warnings ({Object.keys(draft.policy.clauses).length} written)</summary>
        {CATEGORIES.map((c) => (
          <TextField key={c} id={`clause-${c}`} label={CATEGORY_LABELS[c]} multiline value={draft.policy.clauses[c] ?? ''} onChange={setClause(c)} />
        ))}
      </details>
    </fieldset>
  );
}

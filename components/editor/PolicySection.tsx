/** The setting's social networking policy: its title, a link, and the clause quoted for each category. */
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../../rules';
import type { DraftApi } from './useDraft';
import { TextField } from './TextField';
import { PolicyImport } from './PolicyImport';

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
      <PolicyImport api={api} />
      <TextField id="policy-title" label="Policy title" error={api.errors.byField.get('policy-title')} value={draft.policy.title ?? ''} onChange={(title) => change('policy.title', (d) => ({ ...d, policy: { ...d.policy, title: title || undefined } }))} />
      <TextField id="policy-url" label="Link to the policy" type="url" error={api.errors.byField.get('policy-url')} value={draft.policy.url ?? ''} onChange={(url) => change('policy.url', (d) => ({ ...d, policy: { ...d.policy, url: url || undefined } }))} />
      <TextField
        id="policy-contact"
        label="Who staff can ask"
        hint='Shown in every warning as "Not sure? Ask …", e.g. Priya Shah, our DSL.'
        value={draft.policy.contact ?? ''}
        onChange={(contact) => change('policy.contact', (d) => ({ ...d, policy: { ...d.policy, contact: contact || undefined } }))}
      />
      <div class="field">
        <label>
          <input
            type="checkbox"
            checked={draft.policy.allowNotAProblem !== false}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              change('policy.allowNotAProblem', (d) => {
                const { allowNotAProblem: _old, ...policy } = d.policy;
                return { ...d, policy: on ? policy : { ...policy, allowNotAProblem: false } };
              });
            }}
          />{' '}
          Let staff mark a finding "Not a problem" (remembered on their own browser only)
        </label>
      </div>
      <details open={Object.keys(draft.policy.clauses).length > 0 || undefined}>
        <summary>Clauses quoted in warnings ({Object.keys(draft.policy.clauses).length} written)</summary>
        {CATEGORIES.map((c) => (
          <TextField key={c} id={`clause-${c}`} label={CATEGORY_LABELS[c]} multiline value={draft.policy.clauses[c] ?? ''} onChange={setClause(c)} />
        ))}
      </details>
    </fieldset>
  );
}

/**
 * "Fill in from your policy": the setting's own social networking policy, pasted, read for its name, a clause per
 * category and confidential matters it lists (from-policy.ts). Each suggestion is ticked to be used; nothing
 * changes until the manager presses "Use the ticked suggestions" (one undoable change).
 */
import { useState } from 'preact/hooks';
import { CATEGORY_LABELS, type Category } from '../../rules';
import type { DraftApi } from './useDraft';
import { readPolicy, type PolicySuggestions } from './from-policy';
import { newTermId } from './draft';
import { plural } from './class-list';

type Key = 'name' | 'title' | 'confidential' | Category;

export function PolicyImport({ api }: { api: DraftApi }) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<PolicySuggestions | null>(null);
  const [use, setUse] = useState<Set<Key>>(new Set());
  const [done, setDone] = useState<string | null>(null);

  const read = () => {
    const s = readPolicy(text);
    setFound(s);
    // Ticked by default only where the draft has nothing yet: a suggestion never overwrites the manager's words unasked.
    const d = api.draft;
    const keys = new Set<Key>();
    if (s.settingName && !d.setting.name) keys.add('name');
    if (s.title && !d.policy.title) keys.add('title');
    for (const c of Object.keys(s.clauses) as Category[]) if (!d.policy.clauses[c]) keys.add(c);
    if (s.confidential.length) keys.add('confidential');
    setUse(keys);
    setDone(null);
  };

  const apply = () => {
    if (!found) return;
    api.change(`policy-import-${Date.now()}`, (d) => {
      const clauses = { ...d.policy.clauses };
      for (const [c, t] of Object.entries(found.clauses) as [Category, string][]) if (use.has(c)) clauses[c] = t;
      const terms = use.has('confidential') && found.confidential.length
        ? [...d.terms, { id: newTermId(d.terms), category: 'confidential' as const, phrases: found.confidential, regex: [], severity: 'high' as const, message: 'Your policy names this as confidential.' }]
        : d.terms;
      return {
        ...d,
        setting: use.has('name') && found.settingName ? { ...d.setting, name: found.settingName } : d.setting,
        policy: { ...d.policy, title: use.has('title') && found.title ? found.title : d.policy.title, clauses },
        terms,
      };
    });
    setDone(`Used ${plural(use.size, 'suggestion')} from the policy. Undo takes them all back.`);
    setFound(null);
  };

  const toggle = (k: Key) => (e: Event) => {
    const next = new Set(use);
    if ((e.currentTarget as HTMLInputElement).checked) next.add(k);
    else next.delete(k);
    setUse(next);
  };
  const row = (k: Key, label: string, value: string) => (
    <li key={k}>
      <label>
        <input type="checkbox" checked={use.has(k)} onChange={toggle(k)} /> <strong>{label}:</strong> {value}
      </label>
    </li>
  );

  return (
    <details class="policy-import">
      <summary>Fill in from your policy document</summary>
      <label for="policy-text">Paste your setting's social networking policy (the whole text)</label>
      <textarea id="policy-text" rows={6} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="buttons">
        <button type="button" disabled={!text.trim()} onClick={read}>
          Read the policy
        </button>
      </div>
      {done && (
        <p class="notice-ok" role="status">
          {done}
        </p>
      )}
      {found && (
        <div class="import-preview" aria-live="polite">
          {Object.keys(found.clauses).length === 0 && !found.settingName ? (
            <p>Nothing could be picked out of this text. Is it the social networking policy?</p>
          ) : (
            <>
              <p>Tick what to use. Untick anything that is not right; you can edit every field afterwards.</p>
              <ul class="suggestions">
                {found.settingName && row('name', "Setting's name", found.settingName)}
                {found.title && row('title', 'Policy title', found.title)}
                {(Object.entries(found.clauses) as [Category, string][]).map(([c, t]) => row(c, CATEGORY_LABELS[c], t))}
                {found.confidential.length > 0 && row('confidential', 'Confidential matters (a new term)', found.confidential.join(', '))}
              </ul>
              {found.confidential.length === 0 && <p class="hint">The policy lists no confidential matters by name: add your own under "Words and phrases to watch for".</p>}
            </>
          )}
          <div class="buttons">
            <button type="button" disabled={use.size === 0} onClick={apply}>
              Use the ticked suggestions
            </button>
            <button type="button" onClick={() => setFound(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </details>
  );
}

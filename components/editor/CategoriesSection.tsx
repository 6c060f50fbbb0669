/** Which built-in categories are on and how severe; unset means on, at the category's default severity. */
import { CATEGORIES, CATEGORY_LABELS, DEFAULT_SEVERITY, SEVERITIES, type Category, type CategorySetting } from '../../rules';
import type { DraftApi } from './useDraft';

export function CategoriesSection({ api }: { api: DraftApi }) {
  const { draft, change } = api;
  const set = (category: Category, next: CategorySetting) =>
    change(`categories.${category}`, (d) => ({ ...d, categories: { ...d.categories, [category]: next } }));
  return (
    <fieldset>
      <legend>Built-in categories</legend>
      <table class="categories">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">On</th>
            <th scope="col">Severity</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((c) => {
            const current = draft.categories[c] ?? { enabled: true };
            return (
              <tr key={c}>
                <th scope="row">{CATEGORY_LABELS[c]}</th>
                <td>
                  <input type="checkbox" aria-label={`${CATEGORY_LABELS[c]}: on`} checked={current.enabled} onChange={(e) => set(c, { ...current, enabled: e.currentTarget.checked })} />
                </td>
                <td>
                  <select
                    aria-label={`${CATEGORY_LABELS[c]}: severity`}
                    value={current.severity ?? ''}
                    disabled={!current.enabled}
                    onChange={(e) => {
                      const value = e.currentTarget.value as CategorySetting['severity'] | '';
                      const { severity: _old, ...rest } = current;
                      set(c, value ? { ...rest, severity: value } : rest);
                    }}
                  >
                    <option value="">default ({DEFAULT_SEVERITY[c]})</option>
                    {SEVERITIES.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}

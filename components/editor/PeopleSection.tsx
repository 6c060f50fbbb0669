/** The children and staff: paste a column from a spreadsheet, one name a line; repeats and empty lines are cleaned away. */
import type { DraftApi } from './useDraft';
import { ListField } from './ListField';

export function PeopleSection({ api }: { api: DraftApi }) {
  const { draft, change } = api;
  const setPeople = (field: 'children' | 'staff') => (next: string[]) => change(`people.${field}`, (d) => ({ ...d, people: { ...d.people, [field]: next } }));
  return (
    <fieldset>
      <legend>Children and staff</legend>
      <p class="hint">Full names, one a line. Paste a column straight from a spreadsheet; repeats and empty lines are removed.</p>
      <ListField id="people-children" error={api.errors.byField.get('people-children')} label="Children" value={draft.people.children} onChange={setPeople('children')} rows={8} countNoun={["name", "names"]} />
      <ListField id="people-staff" error={api.errors.byField.get('people-staff')} label="Staff" value={draft.people.staff} onChange={setPeople('staff')} rows={5} countNoun={["name", "names"]} />
    </fieldset>
  );
}

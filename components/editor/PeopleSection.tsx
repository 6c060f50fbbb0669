/** The children and staff: one name a line, or a class list imported from a spreadsheet or CSV file with a preview. */
import type { DraftApi } from './useDraft';
import { ListField } from './ListField';
import { ClassListImport } from './ClassListImport';
import { Nicknames } from './Nicknames';

export function PeopleSection({ api }: { api: DraftApi }) {
  const { draft, change } = api;
  const setPeople = (field: 'children' | 'staff') => (next: string[]) => change(`people.${field}`, (d) => ({ ...d, people: { ...d.people, [field]: next } }));
  return (
    <fieldset>
      <legend>Children and staff</legend>
      <p class="hint">Full names, one a line. To bring in a class list with separate forename and surname columns, use Import.</p>
      <ListField id="people-children" error={api.errors.byField.get('people-children')} label="Children" value={draft.people.children} onChange={setPeople('children')} rows={8} countNoun={['name', 'names']} />
      <ClassListImport id="people-children" listName="the children" existing={draft.people.children} onApply={setPeople('children')} />
      <Nicknames api={api} list="children" />
      <ListField id="people-staff" error={api.errors.byField.get('people-staff')} label="Staff" value={draft.people.staff} onChange={setPeople('staff')} rows={5} countNoun={['name', 'names']} />
      <ClassListImport id="people-staff" listName="the staff" existing={draft.people.staff} onApply={setPeople('staff')} />
      <Nicknames api={api} list="staff" />
    </fieldset>
  );
}

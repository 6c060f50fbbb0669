/**
 * Nicknames for each person on a list ("Ollie" for Oliver Brooks), with the common short forms of their first name
 * offered as buttons; a search box and A–Z sort for long lists.
 */
import { useState } from 'preact/hooks';
import type { DraftApi } from './useDraft';
import { shortFormsOf } from './short-forms';
import { plural } from './class-list';

export interface NicknamesProps {
  api: DraftApi;
  list: 'children' | 'staff';
}

const splitNicks = (text: string) => [...new Set(text.split(',').map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length >= 2))];

export function Nicknames({ api, list }: NicknamesProps) {
  const { draft, change } = api;
  const [query, setQuery] = useState('');
  const people = draft.people[list];
  const nicknames = draft.people.nicknames ?? {};
  const set = (name: string, nicks: string[]) =>
    change(`people.nicknames.${name}`, (d) => {
      const next = { ...(d.people.nicknames ?? {}) };
      if (nicks.length) next[name] = nicks;
      else delete next[name];
      return { ...d, people: { ...d.people, nicknames: Object.keys(next).length ? next : undefined } };
    });
  const sortAz = () => change(`people.${list}.sort-${Date.now()}`, (d) => ({ ...d, people: { ...d.people, [list]: [...d.people[list]].sort((a, b) => a.localeCompare(b)) } }));
  const shown = people.map((name, i) => ({ name, i })).filter(({ name }) => !query || name.toLocaleLowerCase().includes(query.toLocaleLowerCase()));
  const withNicks = people.filter((p) => nicknames[p]?.length).length;
  const id = `nick-${list}`;
  if (!people.length) return null;
  return (
    <details class="nicknames">
      <summary>
        Nicknames and searching ({plural(withNicks, 'person', 'people')} with nicknames)
      </summary>
      <p class="hint">Staff write what they say: add the short forms used for each {list === 'children' ? 'child' : 'colleague'}, e.g. Ollie for Oliver.</p>
      <div class="row">
        <div class="field">
          <label for={`${id}-search`}>Search the {list}</label>
          <input id={`${id}-search`} type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </div>
        <div class="field">
          <span aria-hidden="true">&nbsp;</span>
          <button type="button" onClick={sortAz}>
            Sort A–Z
          </button>
        </div>
      </div>
      <p class="hint" aria-live="polite">
        {query ? `${plural(shown.length, 'match', 'matches')} of ${people.length}` : `${plural(people.length, 'name')}`}
      </p>
      <ul class="nick-list">
        {shown.map(({ name, i }) => {
          const have = nicknames[name] ?? [];
          const offers = shortFormsOf(name, have);
          return (
            <li key={name}>
              <label for={`${id}-${i}`}>Nicknames for {name}</label>
              <input
                id={`${id}-${i}`}
                value={have.join(', ')}
                aria-describedby={`${id}-hint`}
                onChange={(e) => set(name, splitNicks(e.currentTarget.value))}
              />
              {offers.map((o) => (
                <button key={o} type="button" class="small" onClick={() => set(name, [...have, o])} aria-label={`Add ${o} as a nickname for ${name}`}>
                  + {o}
                </button>
              ))}
            </li>
          );
        })}
      </ul>
      <p class="hint" id={`${id}-hint`}>
        Separate several with commas.
      </p>
    </details>
  );
}

/** The pack's identity and the setting: id, version, name, aliases, handles, domains and logos. */
import type { DraftApi } from './useDraft';
import { ListField } from './ListField';
import { TextField } from './TextField';
import { LogosField } from './LogosField';

export function SettingSection({ api }: { api: DraftApi }) {
  const { draft, change } = api;
  const error = (id: string) => api.errors.byField.get(id);
  const setSetting = (field: keyof Omit<typeof draft.setting, 'logos'>) => (next: string | string[]) =>
    change(`setting.${field}`, (d) => ({ ...d, setting: { ...d.setting, [field]: next } }));
  return (
    <fieldset>
      <legend>The setting</legend>
      <TextField id="setting-name" label="Setting's name" required value={draft.setting.name} onChange={setSetting('name')} error={error('setting-name')} />
      <ListField id="setting-aliases" error={error('setting-aliases')} label="Other names and abbreviations" hint="One a line, e.g. Little Acorns, LADN." value={draft.setting.aliases} onChange={setSetting('aliases')} countNoun={["name", "names"]} />
      <ListField id="setting-handles" error={error('setting-handles')} label="Social media handles" hint="One a line, e.g. @LittleAcornsDN." value={draft.setting.handles} onChange={setSetting('handles')} countNoun={["handle", "handles"]} />
      <ListField id="setting-domains" error={error('setting-domains')} label="Web addresses (domains)" hint="One a line, e.g. littleacorns-nursery.example." value={draft.setting.domains} onChange={setSetting('domains')} countNoun={["domain", "domains"]} />
      <LogosField api={api} />
      <TextField
        id="pack-version"
        label="Version"
        type="number"
        hint="Raise it for every pack you send out: browsers ignore a version they already have or an older one."
        value={String(draft.version)}
        error={error('pack-version')}
        onChange={(v) => change('version', (d) => ({ ...d, version: Number.isFinite(Number(v)) && v.trim() !== '' ? Number(v) : (v as unknown as number) }))}
      />
      <details class="advanced" open={error('pack-id') ? true : undefined}>
        <summary>Advanced, for IT</summary>
        <TextField id="pack-id" label="Pack id" hint="Short, lower case; stays the same across versions." value={draft.id} error={error('pack-id')} onChange={(id) => change('id', (d) => ({ ...d, id }))} />
      </details>
    </fieldset>
  );
}

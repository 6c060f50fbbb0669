/** The setting's logo images: added from files (kept as data: URLs inside the pack), labelled, removable. */
import type { DraftApi } from './useDraft';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function LogosField({ api }: { api: DraftApi }) {
  const { draft, change } = api;
  const logos = draft.setting.logos;
  const setLogos = (next: typeof logos) => change(`setting.logos-${Date.now()}`, (d) => ({ ...d, setting: { ...d.setting, logos: next } }));
  return (
    <div class="field">
      <label for="logo-file">Logo images ({logos.length})</label>
      <input
        id="logo-file"
        type="file"
        accept="image/png,image/jpeg,image/svg+xml,image/webp"
        multiple
        onChange={async (e) => {
          const input = e.currentTarget;
          const files = [...(input.files ?? [])];
          const added = await Promise.all(files.map(async (f) => ({ label: f.name.replace(/\.[a-z]+$/i, ''), src: await readAsDataUrl(f) })));
          input.value = '';
          if (added.length) setLogos([...logos, ...added]);
        }}
      />
      <ul class="logos">
        {logos.map((logo, i) => (
          <li key={i}>
            <img src={logo.src} alt="" width={48} height={48} />
            <input
              aria-label={`Label of logo ${i + 1}`}
              value={logo.label}
              onInput={(e) => {
                const label = e.currentTarget.value;
                change(`setting.logos.${i}.label`, (d) => ({ ...d, setting: { ...d.setting, logos: d.setting.logos.map((l, k) => (k === i ? { ...l, label } : l)) } }));
              }}
            />
            <button type="button" onClick={() => setLogos(logos.filter((_, k) => k !== i))}>
              Remove logo {i + 1}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

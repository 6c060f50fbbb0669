/** The options page: the pack in force (for everyone) and the manager's editor (works on files and drafts, never on the pack in force). */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { demoPack, parsePack } from '../../rules';
import { ActivePack } from '../../components/pack-view/ActivePack';
import { summarisePack, type PackSummary } from '../../components/pack-view/summary';
import { Editor } from '../../components/editor/Editor';
import { STATUS_KEY, type PackReply, type PackRequest, type PackStatus } from '../../utils/pack-status';

const ACTIVE_KEY = 'pack.active';

async function readShown(): Promise<{ status: PackStatus | null; summary: PackSummary | null }> {
  const got = await browser.storage.local.get([STATUS_KEY, ACTIVE_KEY]);
  const parsed = got[ACTIVE_KEY] === undefined ? { ok: true as const, pack: demoPack } : parsePack(got[ACTIVE_KEY]);
  return { status: (got[STATUS_KEY] as PackStatus | undefined) ?? null, summary: parsed.ok ? summarisePack(parsed.pack) : null };
}

function ask(request: PackRequest): Promise<PackReply> {
  return (browser.runtime.sendMessage(request) as Promise<PackReply>).catch((error: unknown) => ({ ok: false, message: `Second Look's background did not answer (${String(error)}).` }));
}

export function App() {
  const [tab, setTab] = useState(location.hash === '#editor' ? 'editor' : 'active');
  const [shown, setShown] = useState<{ status: PackStatus | null; summary: PackSummary | null }>({ status: null, summary: null });
  const [reply, setReply] = useState<PackReply | null>(null);

  useEffect(() => {
    const load = () => void readShown().then(setShown);
    load();
    // The background rewrites the status after every check: the page follows without a reload.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (STATUS_KEY in changes || ACTIVE_KEY in changes)) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const show = (next: 'active' | 'editor') => {
    setTab(next);
    history.replaceState(null, '', next === 'editor' ? '#editor' : '#');
  };

  return (
    <main>
      <h1>Second Look</h1>
      <nav class="tabs" aria-label="Sections">
        <button type="button" aria-pressed={tab === 'active'} onClick={() => show('active')}>
          The pack in force
        </button>
        <button type="button" aria-pressed={tab === 'editor'} onClick={() => show('editor')}>
          Edit a pack (managers)
        </button>
      </nav>
      {tab === 'active' ? (
        <ActivePack
          status={shown.status}
          summary={shown.summary}
          reply={reply}
          onCheckNow={() => void ask({ type: 'second-look/pack-refresh' }).then(setReply)}
          onImport={(file) => void file.text().then((text) => ask({ type: 'second-look/pack-import', text })).then(setReply)}
          onRemoveImported={() => void ask({ type: 'second-look/pack-remove-imported' }).then(setReply)}
        />
      ) : (
        <Editor />
      )}
    </main>
  );
}

/** The toolbar popup's entry: gathers what it shows, then renders it. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { Popup, type PopupState } from './Popup';
import type { StatusReply } from '../../utils/messages';
import { WATCHED_MATCHES } from '../../utils/watched-sites';
import { STATUS_KEY, type PackStatus } from '../../utils/pack-status';
import './popup.css';


async function gather(): Promise<PopupState> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ?? '';
  const host = url ? new URL(url).hostname : '';
  const watched = !!url && WATCHED_MATCHES.some((p) => new MatchPattern(p).includes(url));
  const stored = await browser.storage.local.get(['pack.active', 'pack.source', STATUS_KEY]);
  const packStatus = stored[STATUS_KEY] as PackStatus | undefined;
  const pack = stored['pack.active'] as { id?: string; version?: number; setting?: { name?: string } } | undefined;
  let status: StatusReply | null = null;
  if (watched && tab?.id !== undefined) {
    status = (await browser.tabs.sendMessage(tab.id, { type: 'second-look/status' }).catch(() => null)) as StatusReply | null;
  }
  return {
    host,
    watched,
    running: !!status,
    problem: status?.problem ?? null,
    checkedAt: packStatus?.checkedAt,
    // The newest refusal only: the options page lists them all.
    packNotices: [packStatus?.refusals[0]?.message, packStatus?.fetchProblem].filter((n): n is string => !!n),
    pack: status?.pack ??
      (pack?.setting?.name
        ? { id: pack.id ?? '', setting: pack.setting.name, version: pack.version ?? 0, source: String(stored['pack.source'] ?? 'stored') }
        : { id: 'little-acorns-demo', setting: 'Little Acorns Day Nursery (demo)', version: 1, source: 'built-in demo' }),
  };
}

gather().then(
  (state) => render(<Popup {...state} />, document.getElementById('app')!),
  (error) => render(<Popup host="" watched={false} running={false} problem={String(error)} pack={null} />, document.getElementById('app')!),
);

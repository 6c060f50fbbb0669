/** The toolbar popup's entry: gathers what it shows, then renders it. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { Popup, type PopupState } from './Popup';
import type { StatusReply } from '../../utils/messages';
import { WATCHED_MATCHES } from '../../utils/watched-sites';
import { STATUS_KEY, type PackStatus } from '../../utils/pack-status';
import { sourcePhrase } from '../background/decide';
import type { Refusal } from '../../utils/pack-status';
import '../../components/page.css';
import './popup.css';

/** A refusal as staff need it: an invalid pack's field-by-field errors belong on the options page, not here. */
function refusalForStaff(r: Refusal): string {
  if (r.reason.kind === 'invalid') return `${sourcePhrase(r.kind, r.url)} was not used because it has mistakes in it; the rules already in force stay. The options page lists them for IT.`;
  return r.message;
}


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
    // The newest refusal only, in words for staff: the options page lists them all, with every detail.
    packNotices: [packStatus?.refusals[0] && refusalForStaff(packStatus.refusals[0]), packStatus?.fetchProblem].filter((n): n is string => !!n),
    optionsUrl: browser.runtime.getURL('/options.html'),
    rulesMissing: packStatus?.missing,
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

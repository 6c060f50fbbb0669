/**
 * What the toolbar popup says: which rules protect this tab (the setting's pack, or the demo rules only) and whether
 * posts here are checked. One sentence per fact, never developer text, never two statements that disagree.
 */
import type { PackInfo } from '../../utils/messages';
import { isDemo, problemInWords, sourceInWords, type Protection } from './words';

export interface PopupState {
  host: string;
  watched: boolean;
  /** The content script answered from this tab. */
  running: boolean;
  /** The content script's problem, in its own (developer) words: the popup says what it means instead. */
  problem: string | null;
  pack: PackInfo | null;
  /** From the background's pack status: when the policy's pack URL was last asked. */
  checkedAt?: number;
  /** The newest refusal or fetch problem, in plain words. */
  packNotices?: string[];
  /** Where the options page is, for "Details". */
  optionsUrl?: string;
  /** The policy names a pack and none is loaded (PackStatus.missing): said instead of any pack, never the demo's. */
  rulesMissing?: string;
}

const SITES = 'X, Facebook, Instagram, LinkedIn, Threads and Bluesky';

function tabLine(host: string, watched: boolean, running: boolean, protection: Protection): { text: string; tone: 'ok' | 'warn' | 'off' } {
  if (!host) return { text: `Open ${SITES} in this browser to have your posts checked.`, tone: 'off' };
  if (!watched) return { text: `Second Look does not check ${host}. It checks posts on ${SITES}.`, tone: 'off' };
  if (!running) return { text: `Reload this page to start checking posts on ${host}.`, tone: 'warn' };
  if (protection === 'unchecked') return { text: `Posts on ${host} are not being checked right now.`, tone: 'warn' };
  return { text: `Posts on ${host} are checked before they go out.`, tone: 'ok' };
}

export function Popup({ host, watched, running, problem, pack, checkedAt, packNotices = [], optionsUrl, rulesMissing }: PopupState) {
  const trouble = rulesMissing ? null : problem ? problemInWords(problem) : null;
  const protection: Protection = rulesMissing ? 'unchecked' : trouble?.protection ?? (isDemo(pack) ? 'demo-only' : 'checked');
  const tab = tabLine(host, watched, running, protection);
  const demo = protection === 'demo-only' || isDemo(pack);
  return (
    <main>
      <h1>
        <img src="/icon/32.png" alt="" width={20} height={20} /> Second Look
      </h1>
      <p class={`tab-line ${tab.tone}`}>{tab.text}</p>
      {trouble && (
        <p role="alert" class="problem">
          {trouble.text}
        </p>
      )}
      <section aria-labelledby="pack-h">
        <h2 id="pack-h">Rules protecting this tab</h2>
        {rulesMissing ? (
          <p role="alert" class="problem">
            {rulesMissing}
          </p>
        ) : demo ? (
          <p class="demo">
            <strong>Demo rules only:</strong> your setting's names are not checked. The demo is for a made-up nursery; ask your manager to set up your setting's
            pack.
          </p>
        ) : (
          <dl>
            <dt>Setting</dt>
            <dd>{pack!.setting}</dd>
            <dt>Version</dt>
            <dd>{pack!.version}</dd>
            <dt>From</dt>
            <dd>{sourceInWords(pack!.source)}</dd>
            {checkedAt !== undefined && (
              <>
                <dt>Last checked</dt>
                <dd>{new Date(checkedAt).toLocaleString()}</dd>
              </>
            )}
          </dl>
        )}
        {packNotices.map((notice) => (
          <p key={notice} class="pack-notice">
            {notice}
          </p>
        ))}
      </section>
      {optionsUrl && (
        <p class="more">
          <a href={optionsUrl} target="_blank" rel="noopener">
            Details and the pack editor
          </a>
        </p>
      )}
    </main>
  );
}

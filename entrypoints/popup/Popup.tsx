/** What the toolbar popup says: the pack in force (setting, version, source) and whether this site is watched. */
import type { PackInfo } from '../../utils/messages';

export interface PopupState {
  host: string;
  watched: boolean;
  /** The content script answered from this tab. */
  running: boolean;
  problem: string | null;
  pack: PackInfo | null;
  /** From the background's pack status: when the policy's pack URL was last asked. */
  checkedAt?: number;
  /** The newest refusal or fetch problem, in plain words. */
  packNotices?: string[];
}

export function Popup({ host, watched, running, problem, pack, checkedAt, packNotices = [] }: PopupState) {
  return (
    <main>
      <h1>Second Look</h1>
      <section aria-labelledby="pack-h">
        <h2 id="pack-h">Rule pack</h2>
        {pack ? (
          <dl>
            <dt>Setting</dt>
            <dd>{pack.setting}</dd>
            <dt>Version</dt>
            <dd>{pack.version}</dd>
            <dt>From</dt>
            <dd>{pack.source}</dd>
            {checkedAt !== undefined && (
              <>
                <dt>Last checked</dt>
                <dd>{new Date(checkedAt).toLocaleString()}</dd>
              </>
            )}
          </dl>
        ) : (
          <p>No pack is loaded.</p>
        )}
        {packNotices.map((notice) => (
          <p key={notice} class="pack-notice">
            {notice}
          </p>
        ))}
      </section>
      <section aria-labelledby="site-h">
        <h2 id="site-h">This site</h2>
        <p>
          {!host
            ? 'Open X, Facebook or Instagram to have your posts checked.'
            : watched
              ? running
                ? `Posts on ${host} are checked before they go out.`
                : `${host} is watched; reload the page to start checking.`
              : `${host} is not watched.`}
        </p>
      </section>
      {problem && (
        <p role="alert" class="problem">
          Something is wrong: {problem}. Your posts still go out, unchecked.
        </p>
      )}
    </main>
  );
}

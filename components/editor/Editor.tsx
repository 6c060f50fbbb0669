/** The manager's pack editor: every field of a pack, a live "try a post", import/export, undo and signing. Works on drafts and files only. */
import { useDraft } from './useDraft';
import { DRAFT_RETENTION_DAYS } from './draft';
import { FileActions } from './FileActions';
import { SettingSection } from './SettingSection';
import { PeopleSection } from './PeopleSection';
import { TermsSection } from './TermsSection';
import { CategoriesSection } from './CategoriesSection';
import { PolicySection } from './PolicySection';
import { TryPost } from './TryPost';
import { SigningSection } from './SigningSection';

export function Editor({ now }: { now?: () => number }) {
  const api = useDraft(now);
  if (!api.loaded) return <p>Opening your draft…</p>;
  return (
    <div class="editor">
      <a class="skip-link" href="#try-text" onClick={(e) => {
        e.preventDefault();
        document.getElementById('try-text')?.focus();
      }}>
        Skip to "Try a post"
      </a>
      {api.startedFrom && <p class="notice-ok">This draft starts from {api.startedFrom}. Nothing changes for staff until you export it and send it out.</p>}
      {api.storageProblem && <p role="alert" class="problem">{api.storageProblem}</p>}
      {api.expired && <p role="status">{api.expired}</p>}
      <p class="draft-retention">
        Your draft, with the children's and staff's names, is kept in this browser only, for {DRAFT_RETENTION_DAYS} days after your last change.{' '}
        <button type="button" onClick={() => void api.clear()}>
          Delete the saved draft
        </button>
      </p>
      <FileActions api={api} />
      <div class="columns">
        <form class="fields" onSubmit={(e) => e.preventDefault()} aria-label="Pack draft">
          <SettingSection api={api} />
          <PeopleSection api={api} />
          <TermsSection api={api} />
          <CategoriesSection api={api} />
          <PolicySection api={api} />
          {api.errors.rest.length > 0 && (
            <section aria-labelledby="rest-h" class="problem">
              <h2 id="rest-h">Also to fix</h2>
              <ul>
                {api.errors.rest.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </section>
          )}
        </form>
        <aside>
          <TryPost draft={api.draft} problems={api.errors.count} />
          {/* Signing is IT's part: kept out of the manager's way until asked for. */}
          <details class="advanced signing">
            <summary>Advanced, for IT: signing the pack</summary>
            <SigningSection draft={api.draft} />
          </details>
        </aside>
      </div>
    </div>
  );
}

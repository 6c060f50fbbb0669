/** The manager's pack editor: every field of a pack, a live "try a post", import/export, undo and signing. Works on drafts and files only. */
import { useDraft } from './useDraft';
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
      <FileActions api={api} />
      <div class="columns">
        <form class="fields" onSubmit={(e) => e.preventDefault()} aria-label="Pack draft">
          <SettingSection api={api} />
          <PeopleSection api={api} />
          <TermsSection api={api} />
          <CategoriesSection api={api} />
          <PolicySection api={api} />
        </form>
        <aside>
          <TryPost draft={api.draft} />
          <SigningSection draft={api.draft} />
        </aside>
      </div>
    </div>
  );
}

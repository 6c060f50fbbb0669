/** The manager's draft holds children's names: kept 30 days, deletable, and never overwritten after storage fails. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DRAFT_KEY, DRAFT_RETENTION_MS, HISTORY_KEY, SAVED_AT_KEY } from '../../components/editor/draft';
import { Editor } from '../../components/editor/Editor';
import { demoPack } from '../../rules';
import { renderEditor, savedDraft } from './editor-helpers';

const NOW = Date.UTC(2026, 11, 1, 9);
const saved = { ...demoPack, signature: undefined, setting: { ...demoPack.setting, name: 'Saved Before Nursery' } };

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the saved draft', () => {
  it('after a failed read, typing does not overwrite the draft that is still saved, and the editor says so', async () => {
    await fakeBrowser.storage.local.set({ [DRAFT_KEY]: saved, [SAVED_AT_KEY]: NOW });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error: database unavailable'));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const user = userEvent.setup();
    render(<Editor now={() => NOW} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Your saved draft could not be read \(IO error: database unavailable\)\. It is left as it was: changes here are not saved/);
    await user.type(screen.getByLabelText("Setting's name"), 'New Name');
    expect(set.mock.calls.filter(([values]) => DRAFT_KEY in (values as object))).toEqual([]);
    get.mockRestore();
    expect((await savedDraft()).setting.name).toBe('Saved Before Nursery');
  });

  it('a failed write is said, not lost', async () => {
    const user = userEvent.setup();
    await renderEditor();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await user.type(screen.getByLabelText("Setting's name"), 'x');
    expect((await screen.findByRole('alert')).textContent).toMatch(/latest changes could not be saved in this browser \(QUOTA_BYTES quota exceeded\).*Export the pack/);
  });

  it('is kept 30 days after the last change, as the editor says, then deleted', async () => {
    await fakeBrowser.storage.local.set({ [DRAFT_KEY]: saved, [SAVED_AT_KEY]: NOW - DRAFT_RETENTION_MS - 1 });
    render(<Editor now={() => NOW} />);
    expect((await screen.findByRole('status')).textContent).toMatch(/A draft last changed on .* was deleted: drafts are kept for 30 days/);
    expect(document.body.textContent).toMatch(/kept in this browser only, for 30 days after your last change/);
    expect(await fakeBrowser.storage.local.get([DRAFT_KEY, HISTORY_KEY, SAVED_AT_KEY])).toEqual({});
  });

  it('a younger draft stays, and "Delete the saved draft" removes it and its undo history', async () => {
    await fakeBrowser.storage.local.set({ [DRAFT_KEY]: saved, [HISTORY_KEY]: [saved], [SAVED_AT_KEY]: NOW - DRAFT_RETENTION_MS + 60_000 });
    const user = userEvent.setup();
    render(<Editor now={() => NOW} />);
    expect(((await screen.findByLabelText("Setting's name")) as HTMLInputElement).value).toBe('Saved Before Nursery');
    await user.click(screen.getByRole('button', { name: 'Delete the saved draft' }));
    await waitFor(async () => expect(await fakeBrowser.storage.local.get([DRAFT_KEY, HISTORY_KEY, SAVED_AT_KEY])).toEqual({}));
    expect((screen.getByLabelText("Setting's name") as HTMLInputElement).value).toBe('');
  });
});

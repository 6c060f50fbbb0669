/** The editor as a manager who has never seen JSON uses it: by keyboard, with class lists and the policy document. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DRAFT_KEY, HISTORY_KEY } from '../../components/editor/draft';
import { Editor } from '../../components/editor/Editor';
import { CATEGORY_LABELS, demoPack, parsePack } from '../../rules';
import { readPolicy } from '../../components/editor/from-policy';
import { draftWhere, renderEditor } from './editor-helpers';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const field = (label: string | RegExp) => screen.getByLabelText(label);

describe('a class list from a spreadsheet', () => {
  it('separate Forename and Surname columns with a header: previewed, then added, by keyboard alone', async () => {
    const user = userEvent.setup();
    await renderEditor();
    screen.getByRole('button', { name: 'Import a class list into the children…' }).focus();
    await user.keyboard('{Enter}');
    const box = field(/Paste rows from a spreadsheet/);
    expect(document.activeElement).toBe(box);
    await user.paste('Forename\tSurname\tDOB\nOliver\tBrooks\t01/02/2022\nAmelia\tHart\t03/04/2022\n\t\t');
    const preview = screen.getByRole('group', { name: /Import a class list into the children/ });
    expect(preview.textContent).toContain('Read as the "Forename" and "Surname" columns (header row skipped): 2 new names to add, 0 names already on the list, 0 rows ignored.');
    // Nothing changes before the manager says so.
    expect((field(/^Children/) as HTMLTextAreaElement).value).toBe('');
    within(preview).getByRole('button', { name: 'Add 2 names' }).focus();
    await user.keyboard('{Enter}');
    await draftWhere((d) => expect(d.people.children).toEqual(['Oliver Brooks', 'Amelia Hart']));
    expect(screen.getByRole('status').textContent).toBe('Added 2 names to the children.');
    expect(screen.getByText('(2 names)')).toBeTruthy();
  });

  it('"Surname, Forename" from a records system is turned round; names already there are merged, not repeated', async () => {
    const user = userEvent.setup();
    await fakeBrowser.storage.local.set({ [DRAFT_KEY]: { ...demoPack, signature: undefined } });
    render(<Editor />);
    await screen.findByLabelText("Setting's name");
    await user.click(screen.getByRole('button', { name: 'Import a class list into the children…' }));
    await user.paste('Brooks, Oliver\nQuill, Zebedee');
    const preview = screen.getByRole('group', { name: /Import a class list/ });
    expect(preview.textContent).toContain('1 new name to add, 1 name already on the list');
    await user.click(within(preview).getByRole('button', { name: 'Add 1 name' }));
    await draftWhere((d) => expect(d.people.children.filter((n) => /Oliver Brooks|Zebedee Quill/.test(n))).toEqual(['Oliver Brooks', 'Zebedee Quill']));
  });
});

describe('filling the pack from the policy document', () => {
  // The settings' policies sit beside the repository (../shared/policies); a worktree is one level further down.
  const root = resolve(import.meta.dirname, '../..');
  const policies = [resolve(root, '../shared/policies'), resolve(root, '../../shared/policies')].find((d) => {
    try {
      return readdirSync(d).length > 0;
    } catch {
      return false;
    }
  });
  const files = policies ? readdirSync(policies).filter((f) => f.endsWith('.txt')) : [];

  it.skipIf(files.length === 0)('on each of the settings\' own policies: every suggested clause is the policy\'s own words, and most find several', () => {
    const found = files.map((f) => {
      const text = readFileSync(resolve(policies!, f), 'utf8');
      const s = readPolicy(text);
      for (const clause of Object.values(s.clauses)) expect(text.replace(/\s+/g, ' ')).toContain(clause);
      return { f, name: s.settingName, clauses: Object.keys(s.clauses).length };
    });
    console.log(`policy documents read: ${JSON.stringify(found)}`);
    expect(found.filter((x) => x.clauses >= 3).length).toBeGreaterThanOrEqual(3);
    expect(found.filter((x) => x.name).length).toBeGreaterThanOrEqual(3);
  });

  it('suggestions are ticked, confirmed, and applied as one undoable change', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await user.click(screen.getByText('Fill in from your policy document'));
    await user.click(field(/Paste your setting's social networking policy/));
    await user.paste(
      'Social Networking Policy\n\nEveryone at Bluebell Pre-School must follow this. Bluebell Pre-School staff are trusted.\nThe following are not considered acceptable at Bluebell Pre-School:\n· The use of the Bluebell Pre-School name, logo, or any other published material without written prior permission.\n· Staff must not post information which is confidential to the setting, such as safeguarding concerns, staff disputes and funding.\n',
    );
    await user.click(screen.getByRole('button', { name: 'Read the policy' }));
    expect((screen.getByRole('checkbox', { name: /Setting's name: Bluebell Pre-School/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: new RegExp(`${CATEGORY_LABELS['setting-name']}: The use of the Bluebell`) }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: /Confidential matters \(a new term\): safeguarding concerns, staff disputes, funding/ }));
    await user.click(screen.getByRole('button', { name: 'Use the ticked suggestions' }));
    const d = await draftWhere((x) => expect(x.setting.name).toBe('Bluebell Pre-School'));
    expect(d.policy.clauses['setting-name']).toMatch(/^The use of the Bluebell Pre-School name, logo/);
    expect(d.policy.title).toBe('Social Networking Policy');
    expect(d.terms).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await draftWhere((x) => expect(x.setting.name).toBe(''));
  });
});

describe('keyboard and screen reader', () => {
  it('a skip link leads to "Try a post"', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await user.click(screen.getByRole('link', { name: 'Skip to "Try a post"' }));
    expect(document.activeElement).toBe(field('Write a post as a member of staff might'));
  });

  it('"Add a term" moves focus to the new term\'s phrases; a term offers only the text categories', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await user.click(screen.getByRole('button', { name: 'Add a term' }));
    expect(document.activeElement).toBe(field(/^Phrases \(/));
    const options = [...(field('Category') as HTMLSelectElement).options].map((o) => o.value);
    expect(options).not.toContain('logo');
    expect(options).not.toContain('photo-of-people');
    // Its error is said beside it, in words, and marks it invalid until a phrase is there.
    expect(document.activeElement!.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('term-0-phrases-error')!.textContent).toMatch(/Add at least one phrase/);
    await user.keyboard('ofsted visit');
    await waitFor(() => expect(document.activeElement!.getAttribute('aria-invalid')).toBe('false'));
  });

  it('counts read as English: 1 handle, 2 handles', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await user.click(field(/Social media handles/));
    await user.paste('@one');
    expect(screen.getByText('(1 handle)')).toBeTruthy();
    await user.paste('\n@two');
    expect(screen.getByText('(2 handles)')).toBeTruthy();
  });
});

describe('starting, and undo across a reload', () => {
  it('with no draft yet, starts from the pack in force, and says so', async () => {
    const inForce = { ...demoPack, id: 'willow', version: 4, setting: { ...demoPack.setting, name: 'Willow Tree Nursery' } };
    await fakeBrowser.storage.local.set({ 'pack.active': inForce });
    await renderEditor();
    expect((field("Setting's name") as HTMLInputElement).value).toBe('Willow Tree Nursery');
    expect(document.body.textContent).toContain('This draft starts from Willow Tree Nursery, version 4 (the pack in force).');
  });

  it('undo still works after the page is reloaded', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await user.type(field("Setting's name"), 'Bluebell');
    await draftWhere((d) => expect(d.setting.name).toBe('Bluebell'));
    await waitFor(async () => expect(((await fakeBrowser.storage.local.get(HISTORY_KEY))[HISTORY_KEY] as unknown[]).length).toBeGreaterThan(0));
    cleanup();
    await renderEditor();
    expect((field("Setting's name") as HTMLInputElement).value).toBe('Bluebell');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await draftWhere((d) => expect(d.setting.name).toBe(''));
  });

  it('"Who staff can ask" and "Not a problem" go into the pack, which still validates', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await user.type(field('Who staff can ask'), 'Priya Shah, our DSL');
    await user.click(field(/Let staff mark a finding "Not a problem"/));
    const d = await draftWhere((x) => expect(x.policy).toMatchObject({ contact: 'Priya Shah, our DSL', allowNotAProblem: false }));
    expect(parsePack({ ...d, setting: { ...d.setting, name: 'Bluebell' } }).ok).toBe(true);
  });
});

describe('nicknames', () => {
  it('common short forms are offered for each child; one press adds it, and Try a post then flags it', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await user.type(field("Setting's name"), 'Bluebell');
    await user.click(field(/^Children/));
    await user.paste('Oliver Brooks\nIsabella Hart');
    await user.tab();
    await user.click(screen.getByText(/^Nicknames and searching/));
    await user.click(screen.getByRole('button', { name: 'Add Ollie as a nickname for Oliver Brooks' }));
    await draftWhere((d) => expect(d.people.nicknames).toEqual({ 'Oliver Brooks': ['Ollie'] }));
    expect(screen.getByRole('button', { name: 'Add Izzy as a nickname for Isabella Hart' })).toBeTruthy();
    await user.type(field('Write a post as a member of staff might'), 'Ollie was a star');
    await waitFor(() => expect([...screen.getByLabelText('The post with what would be flagged marked').querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Ollie']));
  });

  it('search narrows a long list and Sort A–Z orders it', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await user.click(field(/^Children/));
    await user.paste('Zara Long\nAmelia Hart\nOliver Brooks');
    await user.tab();
    await user.click(screen.getByText(/^Nicknames and searching/));
    await user.type(field('Search the children'), 'hart');
    expect(screen.getByText('1 match of 3')).toBeTruthy();
    expect(screen.queryByLabelText('Nicknames for Zara Long')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sort A–Z' }));
    await draftWhere((d) => expect(d.people.children).toEqual(['Amelia Hart', 'Oliver Brooks', 'Zara Long']));
  });
});

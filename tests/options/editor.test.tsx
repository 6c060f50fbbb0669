/** The manager's pack editor, driven as a manager would: every field, regex errors, try-a-post, import, export, undo, signing. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DRAFT_KEY, emptyDraft, type Draft } from '../../components/editor/draft';
import { CATEGORY_LABELS, compile, demoPack, parsePack, verifyPack } from '../../rules';
import { buildCards, summaryLine } from '../../components/cards';
import { catchDownloads, draftWhere, jsonFile, renderEditor, savedDraft } from './editor-helpers';

type User = ReturnType<typeof userEvent.setup>;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const field = (label: string | RegExp) => screen.getByLabelText(label);

async function replaceText(user: User, label: string | RegExp, text: string) {
  const el = field(label);
  await user.clear(el);
  await user.type(el, text);
}

async function pasteInto(user: User, label: string | RegExp, text: string) {
  await user.click(field(label));
  await user.paste(text);
  await user.tab(); // leaving the field shows the cleaned list
}

async function addTerm(user: User) {
  await user.click(screen.getByRole('button', { name: 'Add a term' }));
}

describe('editing every field', () => {
  it.each<{ name: string; act: (user: User) => Promise<void>; saved: (d: Draft) => unknown; expected: unknown }>([
    { name: "setting's name", act: (u) => replaceText(u, "Setting's name", 'Bluebell Pre-School'), saved: (d) => d.setting.name, expected: 'Bluebell Pre-School' },
    { name: 'aliases, pasted', act: (u) => pasteInto(u, /Other names/, 'Bluebell\nBPS\n'), saved: (d) => d.setting.aliases, expected: ['Bluebell', 'BPS'] },
    { name: 'handles', act: (u) => pasteInto(u, /Social media handles/, '@BluebellPS'), saved: (d) => d.setting.handles, expected: ['@BluebellPS'] },
    { name: 'domains', act: (u) => pasteInto(u, /Web addresses/, 'bluebell.example\nbluebell.example'), saved: (d) => d.setting.domains, expected: ['bluebell.example'] },
    {
      name: 'children from a spreadsheet column: tabs, blanks and repeats cleaned',
      act: (u) => pasteInto(u, /^Children/, 'Poppy Quill\t3 yrs\n\n  Arlo  Finch \npoppy quill\nNia Okoro\n'),
      saved: (d) => d.people.children,
      expected: ['Poppy Quill', 'Arlo Finch', 'Nia Okoro'],
    },
    { name: 'staff', act: (u) => pasteInto(u, /^Staff/, 'Meg Ward\nTom Hale'), saved: (d) => d.people.staff, expected: ['Meg Ward', 'Tom Hale'] },
    { name: 'pack id', act: (u) => replaceText(u, 'Pack id', 'bluebell'), saved: (d) => d.id, expected: 'bluebell' },
    { name: 'version', act: (u) => replaceText(u, 'Version', '12'), saved: (d) => d.version, expected: 12 },
    {
      name: "a term's phrases, category, severity and message",
      act: async (u) => {
        await addTerm(u);
        await pasteInto(u, /^Phrases \(/, 'ofsted visit\nstaff shortage');
        await u.selectOptions(field('Category'), 'confidential');
        await u.selectOptions(field('Severity'), 'high');
        await u.type(field('Message shown to staff'), 'Keep inspections private.');
        await replaceText(u, 'Id', 'inspections');
      },
      saved: (d) => d.terms,
      expected: [{ id: 'inspections', category: 'confidential', severity: 'high', phrases: ['ofsted visit', 'staff shortage'], regex: [], message: 'Keep inspections private.' }],
    },
    {
      name: "a term's regex",
      act: async (u) => {
        await addTerm(u);
        await pasteInto(u, /Patterns/, '\\broom \\d+\\b');
      },
      saved: (d) => d.terms[0].regex,
      expected: ['\\broom \\d+\\b'],
    },
    { name: 'phrases to allow', act: (u) => pasteInto(u, /Phrases to allow/, 'bluebells in bloom'), saved: (d) => d.allow, expected: ['bluebells in bloom'] },
    {
      name: 'a built-in category switched off, another made more severe',
      act: async (u) => {
        await u.click(field(`${CATEGORY_LABELS['political-religious']}: on`));
        await u.selectOptions(field(`${CATEGORY_LABELS.profanity}: severity`), 'high');
      },
      saved: (d) => d.categories,
      expected: { 'political-religious': { enabled: false }, profanity: { enabled: true, severity: 'high' } },
    },
    { name: 'policy title', act: (u) => replaceText(u, 'Policy title', 'Online Safety Policy'), saved: (d) => d.policy.title, expected: 'Online Safety Policy' },
    { name: 'policy link', act: (u) => replaceText(u, 'Link to the policy', 'https://bluebell.example/policy.pdf'), saved: (d) => d.policy.url, expected: 'https://bluebell.example/policy.pdf' },
    {
      name: 'a policy clause',
      act: (u) => u.type(screen.getByRole('textbox', { name: CATEGORY_LABELS['child-name'] }), 'Never name a child.'),
      saved: (d) => d.policy.clauses,
      expected: { 'child-name': 'Never name a child.' },
    },
    {
      name: 'a logo image, then its label',
      act: async (u) => {
        await u.upload(field(/Logo images/) as HTMLInputElement, new File([new Uint8Array([137, 80, 78, 71])], 'bluebell-logo.png', { type: 'image/png' }));
        await screen.findByLabelText('Label of logo 1');
        await replaceText(u, 'Label of logo 1', 'main logo');
      },
      saved: (d) => d.setting.logos.map((l) => ({ label: l.label, isDataUrl: l.src.startsWith('data:image/png;base64,') })),
      expected: [{ label: 'main logo', isDataUrl: true }],
    },
  ])('$name', async ({ act, saved, expected }) => {
    const user = userEvent.setup();
    await renderEditor();
    await act(user);
    await draftWhere((d) => expect(saved(d)).toEqual(expected));
  });
});

describe('regexes are checked as you type', () => {
  it.each([
    // RE2's own message for a look-behind ("invalid named capture") names the wrong thing: the editor says what it is.
    { pattern: '(?<=at )work', error: /Look-arounds such as \(\?<=…\) or \(\?=…\) are not supported/ },
    { pattern: '[unclosed', error: /a \[ is opened but never closed with \]/ },
  ])('"$pattern" shows its error in words beside the field, marked invalid, and is no alert', async ({ pattern, error }) => {
    const user = userEvent.setup();
    await renderEditor();
    await addTerm(user);
    const box = field(/Patterns/);
    await user.click(box);
    await user.paste(pattern);
    await waitFor(() => expect(box.getAttribute('aria-invalid')).toBe('true'));
    const problems = document.getElementById(box.id + '-problems')!;
    expect(problems.textContent).toMatch(error);
    expect(problems.textContent).toContain(pattern);
    expect(box.getAttribute('aria-describedby')).toContain(problems.id);
    // An alert would break the list apart and be announced again at every keystroke.
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a valid pattern shows no error', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await addTerm(user);
    await pasteInto(user, /Patterns/, '\\bwtf+\\b');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('try a post', () => {
  it('marks what the draft, as edited so far, would flag', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await replaceText(user, "Setting's name", 'Bluebell Pre-School');
    await pasteInto(user, /^Children/, 'Poppy Quill');
    const post = 'Poppy Quill was a star at the park today';
    await user.type(field('Write a post as a member of staff might'), post);
    const parsed = parsePack(await savedDraft());
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const expected = compile(parsed.pack).check(post);
    expect(expected.length).toBeGreaterThan(0);
    const marked = screen.getByLabelText('The post with what would be flagged marked');
    // One mark per span: a child's name that is also the span of a judged finding (work talk) is marked once.
    const spans = [...new Map(expected.map((f) => [`${f.start}:${f.end}`, f])).values()].sort((a, b) => a.start - b.start);
    expect([...marked.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(spans.map((f) => f.match));
    expect(document.querySelector('.verdict')!.textContent).toBe(`${summaryLine(buildCards(expected.map((finding) => ({ finding, text: post }))))}.`);
    expect(within(screen.getByRole('list', { name: 'What Second Look found' })).getAllByRole('listitem')).toHaveLength(expected.length);
  });

  it('follows the draft: the same post is clean once the child is removed', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await replaceText(user, "Setting's name", 'Bluebell Pre-School');
    await pasteInto(user, /^Children/, 'Zebedee Quill');
    await user.type(field('Write a post as a member of staff might'), 'Zebedee loved the sandpit');
    expect(screen.getByLabelText('The post with what would be flagged marked').querySelectorAll('mark').length).toBeGreaterThan(0);
    await user.clear(field(/^Children/));
    await waitFor(() => expect(document.querySelector('.verdict')!.textContent).toBe('Nothing would be flagged.'));
  });

  it('says what is missing before a first try, in words, never as a path', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await user.type(field('Write a post as a member of staff might'), 'hello');
    expect(document.querySelector('.try-note')!.textContent).toMatch(/once it has the setting's name/);
    expect(document.body.textContent).not.toMatch(/setting\.name|terms\[/);
  });

  it('keeps working on the last valid draft just after "Add a term" and while a pattern is half typed', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await replaceText(user, "Setting's name", 'Bluebell Pre-School');
    await pasteInto(user, /^Children/, 'Zebedee Quill');
    await addTerm(user);
    await user.click(field(/Patterns/));
    await user.paste('(unclosed');
    await user.type(field('Write a post as a member of staff might'), 'Zebedee loved the sandpit');
    expect([...screen.getByLabelText('The post with what would be flagged marked').querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Zebedee']);
    expect(document.querySelector('.try-note')!.textContent).toMatch(/Trying your last complete draft: 1 thing in the draft to finish first, shown beside its field/);
  });
});

describe('import and export', () => {
  it.each([
    { name: 'not JSON', text: '{ "format": "second-look/pack@1", ', error: /not valid JSON/ },
    { name: 'a field of the wrong type', text: JSON.stringify({ ...demoPack, people: { children: ['Ann', 42], staff: [] } }), error: /people\.children\[1\]: expected a string, got 42/ },
    { name: 'a regex that does not compile', text: JSON.stringify({ ...demoPack, terms: [{ id: 'x', category: 'profanity', regex: ['(?<=a)b'] }] }), error: /terms\[0\]\.regex\[0\]/ },
  ])('a bad file ($name) is refused with a clear error and the draft is untouched', async ({ text, error }) => {
    const user = userEvent.setup();
    await renderEditor();
    await replaceText(user, "Setting's name", 'Bluebell Pre-School');
    const before = await draftWhere((d) => expect(d.setting.name).toBe('Bluebell Pre-School'));
    await user.upload(field('Open a pack file…') as HTMLInputElement, jsonFile('bad.json', text));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/bad\.json was not opened: it is not a valid pack\. Your draft is unchanged\./);
    expect(alert.textContent).toMatch(error);
    expect((field("Setting's name") as HTMLInputElement).value).toBe('Bluebell Pre-School');
    expect(await savedDraft()).toEqual(before);
  });

  it('export writes a pack that validates, and opening it again gives back the same draft', async () => {
    const downloads = catchDownloads();
    const user = userEvent.setup();
    await fakeBrowser.storage.local.set({ [DRAFT_KEY]: { ...demoPack, signature: undefined } });
    await renderEditor();
    await replaceText(user, 'Version', '8');
    await user.click(screen.getByRole('button', { name: 'Export pack' }));
    const [text] = await downloads.texts();
    const parsed = parsePack(text);
    expect(parsed.ok).toBe(true);
    const edited = await savedDraft();

    await user.click(screen.getByRole('button', { name: 'Start a new pack' }));
    // Nothing is cleared until the manager confirms.
    expect((await savedDraft()).version).toBe(8);
    await user.click(screen.getByRole('button', { name: 'Yes, start a new pack' }));
    await draftWhere((d) => expect(d).toEqual(emptyDraft()));
    await user.upload(field('Open a pack file…') as HTMLInputElement, jsonFile('exported.json', text));
    const reopened = await draftWhere((d) => expect(d.version).toBe(8));
    const { updated, ...rest } = reopened;
    expect(typeof updated).toBe('string');
    expect(rest).toEqual(JSON.parse(JSON.stringify({ ...edited, updated: undefined })));
  });

  it('export of an invalid draft lists what to fix instead of saving a file', async () => {
    const downloads = catchDownloads();
    const user = userEvent.setup();
    await renderEditor();
    await user.click(screen.getByRole('button', { name: 'Export pack' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot be exported yet.*Write the setting's name\./);
    expect(await downloads.texts()).toEqual([]);
  });
});

describe('undo and drafts that survive a reload', () => {
  it('undo takes back the last change (typing in one field is one change)', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await replaceText(user, "Setting's name", 'Bluebell');
    await pasteInto(user, /^Staff/, 'Meg Ward');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await draftWhere((d) => expect([d.setting.name, d.people.staff]).toEqual(['Bluebell', []]));
    expect((field(/^Staff/) as HTMLTextAreaElement).value).toBe('');
  });

  it('a reload brings the draft back', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await replaceText(user, "Setting's name", 'Bluebell Pre-School');
    await pasteInto(user, /^Children/, 'Poppy Quill\nArlo Finch');
    await draftWhere((d) => expect(d.people.children).toHaveLength(2));
    cleanup();
    await renderEditor();
    expect((field("Setting's name") as HTMLInputElement).value).toBe('Bluebell Pre-School');
    expect((field(/^Children/) as HTMLTextAreaElement).value).toBe('Poppy Quill\nArlo Finch');
  });
});

describe('signing', () => {
  it('makes a key pair, shows the private key once, never stores it, and signs what it exports', async () => {
    const downloads = catchDownloads();
    const user = userEvent.setup();
    await fakeBrowser.storage.local.set({ [DRAFT_KEY]: { ...demoPack, signature: undefined } });
    await renderEditor();
    await replaceText(user, 'Key name', 'bluebell-2026');
    await user.click(screen.getByRole('button', { name: 'Make a new key pair' }));
    const privateKey = ((await screen.findByLabelText('Private key')) as HTMLTextAreaElement).value;
    const [keyId, publicKey] = (field("For the policy's TrustedKeys") as HTMLInputElement).value.split(':');
    await user.click(screen.getByRole('button', { name: 'I have saved it' }));
    expect(screen.queryByLabelText('Private key')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Sign and export' }));
    await screen.findByText(/Signed with key "bluebell-2026"/);
    const [signed] = await downloads.texts();
    expect(await verifyPack(JSON.parse(signed), [{ keyId, publicKey }])).toEqual({ ok: true, keyId: 'bluebell-2026' });
    const everything = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(everything).not.toContain(privateKey);
  });

  it('a wrong private key is reported, nothing is saved', async () => {
    const downloads = catchDownloads();
    const user = userEvent.setup();
    await fakeBrowser.storage.local.set({ [DRAFT_KEY]: { ...demoPack, signature: undefined } });
    await renderEditor();
    await user.type(field('Private key to sign with'), 'not-a-key');
    await user.click(screen.getByRole('button', { name: 'Sign and export' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Not signed: the private key/);
    expect(await downloads.texts()).toEqual([]);
  });
});

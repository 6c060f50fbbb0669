/** The warning dialog, driven as a user would: by role and name, by mouse and by keyboard. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { WarningDialog } from '../../components/WarningDialog';
import type { FindingItem } from '../../components/FindingList';
import { CATEGORY_LABELS, type Finding } from '../../rules';

const TEXT = 'Lovely day with Oliver at Little Acorns, sod it';

function finding(match: string, f: Partial<Finding>): FindingItem {
  const start = TEXT.indexOf(match);
  return { text: TEXT, finding: { category: 'child-name', ruleId: 'r', severity: 'medium', message: 'why', start, end: start + match.length, match, ...f } };
}

const MEDIUM = [
  finding('sod it', { category: 'profanity', severity: 'low', message: 'Mild words read badly.' }),
  finding('Little Acorns', { category: 'setting-name', severity: 'medium', message: "Don't name the setting." }),
];
const HIGH = [...MEDIUM, finding('Oliver', { category: 'child-name', severity: 'high', message: 'Never name a child.' })];

function setup(items: FindingItem[]) {
  const onEdit = vi.fn();
  const onPostAnyway = vi.fn();
  render(<WarningDialog items={items} siteName="X" policyTitle="Social Networking Policy" onEdit={onEdit} onPostAnyway={onPostAnyway} />);
  const dialog = screen.getByRole('alertdialog');
  return { onEdit, onPostAnyway, dialog };
}

afterEach(cleanup);

describe('WarningDialog', () => {
  it('is an alertdialog whose accessible name starts with "Second Look"', () => {
    const { dialog } = setup(MEDIUM);
    const name = dialog.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)!.textContent).join(' ');
    expect(name.startsWith('Second Look')).toBe(true);
    expect(dialog.getAttribute('aria-modal')).toBe('true');
  });

  it('lists every finding, highest severity first, with plain-words category, words in context and why', () => {
    setup(HIGH);
    const items = within(screen.getByRole('list', { name: 'What to check' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('mark')!.textContent)).toEqual(['Oliver', 'Little Acorns', 'sod it']);
    expect(items[0].textContent).toContain(CATEGORY_LABELS['child-name']);
    expect(items[0].textContent).toContain('Never name a child.');
    expect(items[0].textContent).toContain('Lovely day with');
    expect(items[2].textContent).toContain(CATEGORY_LABELS.profanity);
  });

  it('a card with several places names the others: one card for the same kind of thing, not one each', () => {
    const text = 'Staff restructure next week. Funding cut again.';
    const at = (match: string): FindingItem => {
      const start = text.indexOf(match);
      return { text, editor: document.body, finding: { category: 'confidential', ruleId: 'c', severity: 'high', message: 'Business matters stay inside.', start, end: start + match.length, match } };
    };
    const onShow = vi.fn();
    render(<WarningDialog items={[at('Staff restructure'), at('Funding cut')]} siteName="X" onEdit={vi.fn()} onPostAnyway={vi.fn()} onShow={onShow} />);
    const cards = within(screen.getByRole('list', { name: 'What to check' })).getAllByRole('listitem');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.querySelector('mark')!.textContent).toBe('Staff restructure');
    expect(cards[0]!.querySelector('.also')!.textContent).toBe('Also: “Funding cut”.');
    // Each other place has its own Show me.
    fireEvent.click(within(cards[0]!).getByRole('button', { name: 'Show me “Funding cut”' }));
    expect(onShow.mock.calls[0]![0]).toMatchObject({ start: text.indexOf('Funding cut'), match: 'Funding cut' });
    expect(document.getElementById('sl-summary')!.textContent).toContain('1 thing to check: confidential matters');
  });

  it('in a short or narrow window the policy words fold behind "Why" and the confirm box says it briefly', () => {
    const queries: string[] = [];
    vi.stubGlobal('matchMedia', (q: string) => (queries.push(q), { matches: true, media: q }));
    try {
      setup(HIGH);
      const card = within(screen.getByRole('list', { name: 'What to check' })).getAllByRole('listitem')[0]!;
      const why = card.querySelector('details')!;
      expect(why.open).toBe(false);
      expect(why.querySelector('summary')!.textContent).toBe('Why');
      expect(why.textContent).toContain('Never name a child.');
      expect(document.querySelector('.short-words')!.textContent).toBe('I understand the risk and still want to post it');
      expect(queries).toEqual(['(max-height: 560px), (max-width: 480px)']);
    } finally {
      vi.unstubAllGlobals();
    }
    cleanup();
    setup(HIGH);
    expect(document.querySelector('details')).toBeNull();
  });

  it('focuses "Edit post" first, and "Edit post" calls onEdit', () => {
    const { onEdit } = setup(MEDIUM);
    const edit = screen.getByRole('button', { name: 'Edit post' });
    expect(document.activeElement).toBe(edit);
    fireEvent.click(edit);
    expect(onEdit).toHaveBeenCalledOnce();
  });

  it('takes focus once painted, not while the press is still being handled (focus() there forces a layout)', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    // Preact's own render, as the content script calls it: no test harness flushing effects at once.
    const { h, render: draw } = await import('preact');
    try {
      draw(h(WarningDialog, { items: MEDIUM, siteName: 'X', onEdit: vi.fn(), onPostAnyway: vi.fn() }), host);
      const edit = within(host).getByRole('button', { name: 'Edit post' });
      expect(document.activeElement).not.toBe(edit);
      await vi.waitFor(() => expect(document.activeElement).toBe(edit));
    } finally {
      draw(null, host);
      host.remove();
    }
  });

  it('Escape means edit', () => {
    const { onEdit, dialog, onPostAnyway } = setup(MEDIUM);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onEdit).toHaveBeenCalledOnce();
    expect(onPostAnyway).not.toHaveBeenCalled();
  });

  it('keeps Tab and Shift+Tab inside the dialog', () => {
    const { dialog } = setup(MEDIUM);
    const edit = screen.getByRole('button', { name: 'Edit post' });
    const post = screen.getByRole('button', { name: 'Post anyway' });
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(post);
    fireEvent.keyDown(dialog, { key: 'Tab' });
    // Round to the first control of the first card, never out to the page.
    expect(dialog.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(post);
  });

  it('with only medium findings, "Post anyway" works at once and there is no extra step', () => {
    const { onPostAnyway } = setup(MEDIUM);
    expect(screen.queryByRole('checkbox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(onPostAnyway).toHaveBeenCalledOnce();
  });

  it('with a high finding, "Post anyway" needs the "I understand" box first, reachable by keyboard', () => {
    const { onPostAnyway, dialog } = setup(HIGH);
    const post = screen.getByRole('button', { name: 'Post anyway' }) as HTMLButtonElement;
    expect(post.disabled).toBe(true);
    fireEvent.click(post);
    expect(onPostAnyway).not.toHaveBeenCalled();
    // Shift+Tab from "Edit post" goes to the checkbox just before it.
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    const box = screen.getByRole('checkbox', { name: /I understand/ });
    expect(document.activeElement).toBe(box);
    // The disabled button says why it is disabled.
    expect(document.getElementById(post.getAttribute('aria-describedby')!)!.textContent).toContain('I understand');
    fireEvent.click(box);
    expect(post.disabled).toBe(false);
    fireEvent.click(post);
    expect(onPostAnyway).toHaveBeenCalledOnce();
  });
});

describe('WarningDialog focus', () => {
  it('takes focus back when something outside grabs it while open', () => {
    const outside = document.createElement('div');
    outside.tabIndex = 0;
    document.body.append(outside);
    setup(MEDIUM);
    outside.focus();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit post' }));
    outside.remove();
  });
});

describe('WarningDialog with pictures', () => {
  it('says a picture is being checked, and lists checks not done', () => {
    render(<WarningDialog items={[]} siteName="X" checking={['"a.jpg"']} notDone={['"b.jpg": looking for people was not done (took longer than 10 s)']} onEdit={() => {}} onPostAnyway={() => {}} />);
    expect(screen.getByRole('status').textContent).toContain('Checking the photo… ("a.jpg")');
    expect(screen.getByRole('alertdialog').textContent).toContain('Second Look is checking the attached picture');
    expect(screen.getByRole('alertdialog').textContent).toContain('Nothing has been posted yet.');
    expect(screen.getByRole('list', { name: 'Not checked' }).textContent).toContain('looking for people was not done');
  });
});

describe('WarningDialog cards', () => {
  const TEXT2 = 'Lovely day with little Oliver Brooks at Little Acorns! Call me on 07700 900123 about the staff restructure';
  const at = (match: string, f: Partial<Finding>): FindingItem => {
    const start = TEXT2.indexOf(match);
    return { text: TEXT2, editor: document.body, finding: { category: 'child-name', ruleId: 'r', severity: 'medium', message: 'why', start, end: start + match.length, match, ...f } };
  };
  const ITEMS = [
    at('Oliver Brooks', { category: 'child-name', severity: 'high', message: 'Never name a child.' }),
    at('Little Acorns', { category: 'setting-name', message: "Don't name the setting." }),
    at('07700 900123', { category: 'personal-info', ruleId: 'personal-info/phone', message: 'Personal.' }),
    at('staff restructure', { category: 'confidential', severity: 'high', message: 'Confidential.' }),
    at('staff restructure', { category: 'work-talk', message: 'Work.' }),
  ];

  it('opens with the summary of what to check, and says nothing has been posted', () => {
    render(<WarningDialog items={ITEMS} siteName="X" settingName="Little Acorns" contact="Priya Shah, our DSL" onEdit={() => {}} onPostAnyway={() => {}} />);
    const summary = document.getElementById('sl-summary')!.textContent!;
    expect(summary).toContain('Nothing has been posted yet.');
    expect(summary).toContain("4 things to check: a child's name (Oliver Brooks), a confidential matter, the setting's name, a phone number");
    expect(screen.getByRole('alertdialog').textContent).toContain('Not sure? Ask Priya Shah, our DSL.');
    expect(screen.getByRole('alertdialog').textContent).not.toMatch(/\bCHECK\b/);
  });

  it('offers Show me, the safe fix, Not a problem and the policy on each card, and passes the card', () => {
    const onShow = vi.fn();
    const onFix = vi.fn();
    const onDismiss = vi.fn();
    render(<WarningDialog items={ITEMS} siteName="X" policyUrl="https://example.org/policy" onEdit={() => {}} onPostAnyway={() => {}} onShow={onShow} onFix={onFix} onDismiss={onDismiss} />);
    const cards = within(screen.getByRole('list', { name: 'What to check' })).getAllByRole('listitem');
    const child = within(cards[0]!);
    expect(child.getByRole('link', { name: 'Read the policy' }).getAttribute('href')).toBe('https://example.org/policy');
    fireEvent.click(child.getByRole('button', { name: 'Remove the name' }));
    expect(onFix.mock.calls[0]![0]).toMatchObject({ match: 'Oliver Brooks', fix: { replacement: '' } });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit post' }));
    fireEvent.click(child.getByRole('button', { name: 'Show me' }));
    expect(onShow.mock.calls[0]![0]).toMatchObject({ match: 'Oliver Brooks' });
    fireEvent.click(within(cards[3]!).getByRole('button', { name: 'Not a problem' }));
    expect(onDismiss.mock.calls[0]![0]).toMatchObject({ match: '07700 900123' });
    // The confidential matter has no safe fix: only the person can reword it.
    expect(within(cards[1]!).queryByRole('button', { name: /Remove/ })).toBeNull();
  });

  it('without onDismiss (the pack turned it off) there is no "Not a problem"', () => {
    render(<WarningDialog items={ITEMS} siteName="X" onEdit={() => {}} onPostAnyway={() => {}} onShow={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Not a problem' })).toBeNull();
  });

  it('as a review from the count, has no "Post anyway" and no confirm box', () => {
    render(<WarningDialog items={ITEMS} siteName="X" mode="review" onEdit={() => {}} onPostAnyway={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Post anyway' })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Back to my post' }));
  });

  it('a mouse-down on the backdrop is kept from moving focus to the page', () => {
    render(<WarningDialog items={ITEMS} siteName="X" onEdit={() => {}} onPostAnyway={() => {}} />);
    const backdrop = screen.getByRole('alertdialog').parentElement!;
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    backdrop.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    expect(screen.getByRole('alertdialog').tabIndex).toBe(-1);
  });
});

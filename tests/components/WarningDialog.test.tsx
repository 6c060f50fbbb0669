/** The warning dialog, driven as a user would: by role and name, by mouse and by keyboard. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
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
    const name = document.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent!;
    expect(name.startsWith('Second Look')).toBe(true);
    expect(dialog.getAttribute('aria-modal')).toBe('true');
  });

  it('lists every finding, highest severity first, with plain-words category, words in context and why', () => {
    setup(HIGH);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('mark')!.textContent)).toEqual(['Oliver', 'Little Acorns', 'sod it']);
    expect(items[0].textContent).toContain(CATEGORY_LABELS['child-name']);
    expect(items[0].textContent).toContain('Never name a child.');
    expect(items[0].textContent).toContain('Lovely day with');
    expect(items[2].textContent).toContain(CATEGORY_LABELS.profanity);
  });

  it('focuses "Edit post" first, and "Edit post" calls onEdit', () => {
    const { onEdit } = setup(MEDIUM);
    const edit = screen.getByRole('button', { name: 'Edit post' });
    expect(document.activeElement).toBe(edit);
    fireEvent.click(edit);
    expect(onEdit).toHaveBeenCalledOnce();
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
    expect(document.activeElement).toBe(edit);
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
    // Tab from "Edit post" wraps round to the checkbox: the disabled button is skipped.
    fireEvent.keyDown(dialog, { key: 'Tab' });
    const box = screen.getByRole('checkbox', { name: /I understand/ });
    expect(document.activeElement).toBe(box);
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
    expect(screen.getByRole('list', { name: 'Not checked' }).textContent).toContain('looking for people was not done');
  });
});

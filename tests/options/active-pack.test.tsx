/** The pack in force as every user sees it: source, version, last check, refusals in plain words, and names only as counts. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { ActivePack } from '../../components/pack-view/ActivePack';
import { summarisePack } from '../../components/pack-view/summary';
import { Popup } from '../../entrypoints/popup/Popup';
import { refusal } from '../../entrypoints/background/decide';
import { demoPack } from '../../rules';
import type { PackStatus } from '../../utils/pack-status';

afterEach(cleanup);

const URL_A = 'https://packs.example.org/acorns.json';
const REFUSED = refusal('url', { kind: 'bad-signature' }, Date.UTC(2026, 10, 21, 10), URL_A);
const STATUS: PackStatus = {
  active: { kind: 'url', id: 'little-acorns', setting: 'Little Acorns Day Nursery', version: 7, source: `${URL_A} (policy URL)`, keyId: 'la-2026' },
  checkedAt: Date.UTC(2026, 10, 21, 10),
  refusals: [REFUSED],
  policy: { present: true, packUrl: URL_A, hasManagedPack: false, keyIds: ['la-2026'], intervalMinutes: 60, allowImport: false, problems: ['UpdateIntervalMinutes: expected a whole number of minutes, got text'] },
  updatedAt: 0,
};

function renderView(status: PackStatus = STATUS) {
  const handlers = { onCheckNow: vi.fn(), onImport: vi.fn(), onRemoveImported: vi.fn() };
  render(<ActivePack status={status} summary={summarisePack(demoPack)} reply={null} {...handlers} />);
  return handlers;
}

describe('the pack in force', () => {
  it.each([
    { name: 'setting', text: 'Little Acorns Day Nursery' },
    { name: 'version', text: '7' },
    { name: 'source', text: `${URL_A} (policy URL)` },
    { name: 'signing key', text: 'key "la-2026"' },
    { name: 'last checked', text: new Date(STATUS.checkedAt!).toLocaleString() },
  ])('shows the $name', ({ text }) => {
    renderView();
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('says why a pack was refused, in plain words', () => {
    renderView();
    expect(screen.getByRole('alert').textContent).toContain(`The pack from ${URL_A} was not used: its signature does not match the setting's key.`);
  });

  it('shows ignored policy fields by name', () => {
    renderView();
    expect(screen.getByText(STATUS.policy.problems[0])).toBeTruthy();
  });

  it('counts the children and staff but never shows their names', () => {
    renderView();
    const text = document.body.textContent ?? '';
    expect(text).toContain(`Protects ${demoPack.people.children.length} children and ${demoPack.people.staff.length} members of staff`);
    for (const name of [...demoPack.people.children, ...demoPack.people.staff]) expect(text).not.toContain(name);
  });

  it.each([
    { name: 'URL set, import forbidden', status: STATUS, buttons: ['Check for a new pack now'] },
    { name: 'no URL, import allowed', status: { ...STATUS, policy: { ...STATUS.policy, packUrl: undefined, allowImport: true } }, buttons: [] },
    { name: 'imported pack in force', status: { ...STATUS, active: { ...STATUS.active, kind: 'imported' as const }, policy: { ...STATUS.policy, packUrl: undefined, allowImport: true } }, buttons: ['Stop using the imported pack'] },
  ])('offers only what applies: $name', ({ status, buttons }) => {
    renderView(status);
    expect(screen.queryAllByRole('button').map((b) => b.textContent)).toEqual(buttons);
    expect(!!screen.queryByLabelText('Use a pack file in this browser…')).toBe(status.policy.allowImport);
  });

  it('"Check now" asks the background', async () => {
    const handlers = renderView();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check for a new pack now' }));
    expect(handlers.onCheckNow).toHaveBeenCalledTimes(1);
  });
});

describe('the popup', () => {
  it('shows when the pack was last checked and the newest refusal', () => {
    const pack = { id: 'little-acorns', setting: 'Little Acorns Day Nursery', version: 7, source: `${URL_A} (policy URL)` };
    render(<Popup host="x.com" watched running problem={null} pack={pack} checkedAt={STATUS.checkedAt} packNotices={[REFUSED.message]} />);
    expect(screen.getByText(new Date(STATUS.checkedAt!).toLocaleString())).toBeTruthy();
    expect(screen.getByText(REFUSED.message)).toBeTruthy();
  });
});

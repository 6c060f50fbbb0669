/** The toolbar popup says which pack is in force and whether this site is watched. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { Popup, type PopupState } from '../../entrypoints/popup/Popup';

afterEach(cleanup);

const PACK = { id: 'little-acorns', setting: 'Little Acorns Day Nursery', version: 7, source: 'managed policy' };

describe('Popup', () => {
  it.each<{ name: string; state: PopupState; says: RegExp }>([
    { name: 'watched and running', state: { host: 'x.com', watched: true, running: true, problem: null, pack: PACK }, says: /Posts on x\.com are checked/ },
    { name: 'watched, page not reloaded since install', state: { host: 'www.facebook.com', watched: true, running: false, problem: null, pack: PACK }, says: /reload the page/ },
    { name: 'not watched', state: { host: 'example.com', watched: false, running: false, problem: null, pack: PACK }, says: /example\.com is not watched/ },
  ])('$name', ({ state, says }) => {
    render(<Popup {...state} />);
    expect(screen.getByText(says)).toBeTruthy();
    expect(screen.getByText(PACK.setting)).toBeTruthy();
    expect(screen.getByText(String(PACK.version))).toBeTruthy();
    expect(screen.getByText(PACK.source)).toBeTruthy();
  });

  it('says when something is wrong, and that posts still go out', () => {
    render(<Popup host="x.com" watched running problem="the check failed" pack={PACK} />);
    expect(screen.getByRole('alert').textContent).toMatch(/the check failed.*still go out/);
  });
});

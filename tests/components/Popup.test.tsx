/** The toolbar popup: which rules protect this tab, whether posts here are checked, never developer text, never a contradiction. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { Popup, type PopupState } from '../../entrypoints/popup/Popup';

afterEach(cleanup);

const PACK = { id: 'little-acorns', setting: 'Willow Tree Nursery', version: 7, source: 'managed policy' };
const DEMO = { id: 'little-acorns-demo', setting: 'Little Acorns Day Nursery (demo)', version: 1, source: 'built-in demo' };

const text = () => document.body.textContent ?? '';

describe('Popup', () => {
  it.each<{ name: string; state: PopupState; says: RegExp }>([
    { name: 'watched and running', state: { host: 'x.com', watched: true, running: true, problem: null, pack: PACK }, says: /Posts on x\.com are checked before they go out/ },
    { name: 'watched, page not reloaded since install', state: { host: 'www.facebook.com', watched: true, running: false, problem: null, pack: PACK }, says: /Reload this page to start checking/ },
    { name: 'not watched', state: { host: 'example.com', watched: false, running: false, problem: null, pack: PACK }, says: /does not check example\.com.*X, Facebook, Instagram, LinkedIn, Threads and Bluesky/ },
  ])('$name: says so, and names the setting\'s pack, its version and where it came from in words', ({ state, says }) => {
    render(<Popup {...state} />);
    expect(text()).toMatch(says);
    expect(screen.getByText(PACK.setting)).toBeTruthy();
    expect(screen.getByText(String(PACK.version))).toBeTruthy();
    expect(screen.getByText("set by your setting's IT")).toBeTruthy();
  });

  it('with the demo pack says plainly that the setting\'s names are not checked', () => {
    render(<Popup host="x.com" watched running problem={null} pack={DEMO} />);
    expect(text()).toContain("Demo rules only: your setting's names are not checked.");
    expect(text()).not.toContain('Little Acorns Day Nursery (demo)');
  });

  it.each([
    { problem: 'the check failed (TypeError: x is undefined)', says: /could not check posts in this tab/, tab: /are not being checked right now/ },
    { problem: 'no pack could be compiled (SyntaxError: bad regex)', says: /could not check posts in this tab/, tab: /are not being checked right now/ },
    { problem: 'pack could not be loaded (terms[0].regex[0]: unclosed group); using the demo pack', says: /only the demo rules are checked here/, tab: /are checked before they go out/ },
  ])('a problem ($problem) is said in plain words, without the developer text, and nothing contradicts it', ({ problem, says, tab }) => {
    render(<Popup host="x.com" watched running problem={problem} pack={PACK} />);
    expect(screen.getByRole('alert').textContent).toMatch(says);
    expect(text()).toMatch(tab);
    expect(text()).not.toMatch(/TypeError|SyntaxError|regex\[0\]|\(/);
    const unchecked = /not being checked|without a check/.test(text());
    const checked = /are checked before they go out/.test(text());
    expect(unchecked && checked).toBe(false);
  });
});

describe('Popup, when the setting\'s rules are not loaded', () => {
  it('says so plainly, shows no pack (not the demo), and never says posts are checked', () => {
    const missing = "Your setting's rules are not loaded, so posts are not being checked against them. Could not get https://packs.example.org/p.json: no answer within 15 seconds.";
    render(<Popup host="x.com" watched running problem={missing} pack={null} rulesMissing={missing} />);
    expect(screen.getByRole('alert').textContent).toBe(missing);
    expect(text()).toMatch(/Posts on x\.com are not being checked right now/);
    expect(text()).not.toMatch(/are checked before they go out|Demo rules only/);
  });
});

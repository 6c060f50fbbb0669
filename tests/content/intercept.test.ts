/** The intercept's promises: clean and low-only posts pass untouched, flagged ones wait for the user, a broken check never traps a post. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { installIntercept, type InterceptDeps } from '../../entrypoints/composer.content/intercept';
import { currentProblem, reportProblem } from '../../entrypoints/composer.content/health';
import { x } from '../../entrypoints/composer.content/sites/x';
import type { Finding, Severity } from '../../rules';

const HTML = `<div class="composer"><div contenteditable="true" role="textbox" data-testid="tweetTextarea_0">Hello Oliver</div>
  <div data-testid="toolBar"><button data-testid="tweetButtonInline">Post</button></div></div>`;

const finding = (severity: Severity): Finding => ({ category: 'child-name', ruleId: 'r', severity, start: 6, end: 12, match: 'Oliver', message: 'why' });

let ctx: ContentScriptContext;
let posted: number;
let button: HTMLButtonElement;

function setup(check: InterceptDeps['check'], choice: 'edit' | 'post' = 'edit', loading?: InterceptDeps['loading']) {
  const warn = vi.fn(() => Promise.resolve(choice));
  const notice = vi.fn();
  installIntercept(ctx, { site: x, siteName: 'X', check, loading, policyTitle: () => undefined, warn, isWarningOpen: () => false, notice });
  return { warn, notice };
}

/** The checks as they are right after a composer's first use: loading until finish() is called. */
function slowLoad() {
  let finish!: (ok: boolean) => void;
  let done = false;
  const promise = new Promise<void>((resolve, reject) => (finish = (ok) => { done = true; if (ok) resolve(); else reject(new Error('engine lost')); }));
  return { loading: () => (done ? null : promise), finish };
}

function clickPost(): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  button.dispatchEvent(event);
  return event;
}

beforeEach(() => {
  document.body.innerHTML = HTML;
  button = document.querySelector('button')!;
  posted = 0;
  // The site's own handler: it "posts" whenever the click reaches it.
  button.addEventListener('click', () => posted++);
  ctx = new ContentScriptContext('test');
  reportProblem(null);
});

afterEach(() => ctx.abort());

describe('intercept', () => {
  describe('a post pressed while the checks are still loading', () => {
    it('waits, then holds it if it is flagged: never lets it through first', async () => {
      const load = slowLoad();
      const check = vi.fn(() => [finding('medium')]);
      const { warn } = setup(check, 'edit', load.loading);
      const event = clickPost();
      expect(event.defaultPrevented).toBe(true);
      expect(posted).toBe(0);
      expect(check).not.toHaveBeenCalled();
      load.finish(true);
      await vi.waitFor(() => expect(warn).toHaveBeenCalledOnce());
      expect(posted).toBe(0);
    });

    it('waits, then sends a clean one exactly once, however often it was pressed', async () => {
      const load = slowLoad();
      const { warn } = setup(() => [], 'edit', load.loading);
      clickPost();
      clickPost();
      expect(posted).toBe(0);
      load.finish(true);
      await vi.waitFor(() => expect(posted).toBe(1));
      await new Promise((r) => setTimeout(r, 20));
      expect(posted).toBe(1);
      expect(warn).not.toHaveBeenCalled();
    });

    it('sends it, says so and reports the problem if the checks cannot load at all', async () => {
      const load = slowLoad();
      const { notice } = setup(() => [finding('medium')], 'edit', load.loading);
      clickPost();
      load.finish(false);
      await vi.waitFor(() => expect(posted).toBe(1));
      expect(notice).toHaveBeenCalledWith(expect.stringContaining('could not load its checks'));
      expect(currentProblem()).toContain('engine lost');
    });
  });

  it('lets a clean post through at once, untouched', () => {
    const { warn } = setup(() => []);
    const event = clickPost();
    expect(posted).toBe(1);
    expect(event.defaultPrevented).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('lets a post with only low findings through', () => {
    const { warn } = setup(() => [finding('low')]);
    clickPost();
    expect(posted).toBe(1);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(['medium', 'high'] as const)('holds a post with a %s finding and shows what was found', async (severity) => {
    const { warn } = setup(() => [finding(severity)]);
    const event = clickPost();
    expect(event.defaultPrevented).toBe(true);
    expect(posted).toBe(0);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]).toMatchObject([[{ finding: { match: 'Oliver' }, text: 'Hello Oliver' }], 'X', undefined]);
  });

  it('"Edit post" leaves it unposted', async () => {
    setup(() => [finding('medium')], 'edit');
    clickPost();
    await Promise.resolve();
    await Promise.resolve();
    expect(posted).toBe(0);
  });

  it('"Post anyway" re-sends exactly once, and the same text is not asked about again', async () => {
    const { warn } = setup(() => [finding('medium')], 'post');
    clickPost();
    await vi.waitFor(() => expect(posted).toBe(1));
    clickPost();
    expect(posted).toBe(2);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('a check that throws lets the post through and reports the problem', () => {
    setup(() => {
      throw new Error('engine exploded');
    });
    const event = clickPost();
    expect(posted).toBe(1);
    expect(event.defaultPrevented).toBe(false);
    expect(currentProblem()).toMatch(/engine exploded/);
  });

  it('stops listening when the content script context ends', () => {
    const { warn } = setup(() => [finding('high')]);
    ctx.abort();
    clickPost();
    expect(posted).toBe(1);
    expect(warn).not.toHaveBeenCalled();
  });

  it('after "Post anyway" on Ctrl+Enter that the site ignored, the user\'s click on the post button goes through (one composer, one acknowledgement)', async () => {
    // X's home box: the toolBar is a sibling of the editor's row, so the key and the click start from different places.
    document.body.innerHTML = `<div class="box"><div class="row"><div contenteditable="true" role="textbox" data-testid="tweetTextarea_0">Hello Oliver</div></div>
      <div data-testid="toolBar"><div><button data-testid="tweetButtonInline">Post</button></div></div></div>`;
    const post = document.querySelector('button')!;
    let ignoring = true;
    post.addEventListener('click', () => !ignoring && posted++);
    const { warn } = setup(() => [finding('medium')], 'post');
    document.querySelector('[role="textbox"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(warn).toHaveBeenCalledOnce());
    await new Promise((r) => setTimeout(r, 0));
    expect(posted).toBe(0);
    ignoring = false;
    post.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(posted).toBe(1);
    expect(warn).toHaveBeenCalledOnce();
  });
});

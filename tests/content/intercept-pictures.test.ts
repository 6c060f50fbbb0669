/** The intercept with attached pictures: a pending check holds the post with "checking", its result joins the warning, and a clean or failed check lets the post go. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { installIntercept, type InterceptDeps } from '../../entrypoints/composer.content/intercept';
import type { PictureCheck } from '../../entrypoints/composer.content/attachments';
import type { ImageFindings } from '../../entrypoints/composer.content/image-findings';
import { x } from '../../entrypoints/composer.content/sites/x';
import type { Finding } from '../../rules';

const HTML = `<div class="composer"><div contenteditable="true" role="textbox" data-testid="tweetTextarea_0">Lovely walk</div>
  <div data-testid="toolBar"><button data-testid="tweetButtonInline">Post</button></div></div>`;
const logo: Finding = { category: 'logo', ruleId: 'image/logo', severity: 'high', start: 0, end: 4, match: 'logo', message: 'why' };

let ctx: ContentScriptContext;
let posted: number;

function picture(): { pic: PictureCheck; settle(f: ImageFindings): Promise<void> } {
  let resolve!: (f: ImageFindings) => void;
  const settled = new Promise<ImageFindings>((r) => (resolve = r));
  const pic: PictureCheck = { name: '"a.jpg"', findings: null, settled };
  return {
    pic,
    settle: async (f) => {
      pic.findings = f;
      resolve(f);
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

function setup(pics: PictureCheck[]) {
  let choose!: (c: 'edit' | 'post') => void;
  const deps = {
    site: x,
    siteName: 'X',
    check: () => [],
    policyTitle: () => undefined,
    warn: vi.fn<InterceptDeps['warn']>(() => new Promise<'edit' | 'post'>((r) => (choose = r))),
    isWarningOpen: () => false,
    notice: vi.fn(),
    pictures: () => pics,
    forgetPictures: vi.fn(),
    updateWarning: vi.fn(),
    settleWarning: vi.fn((c: 'edit' | 'post') => choose(c)),
  } satisfies InterceptDeps;
  installIntercept(ctx, deps);
  return deps;
}

const clickPost = () => document.querySelector('button')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));

beforeEach(() => {
  document.body.innerHTML = HTML;
  posted = 0;
  document.querySelector('button')!.addEventListener('click', () => posted++);
  ctx = new ContentScriptContext('test');
});
afterEach(() => ctx.abort());

describe('intercept with pictures', () => {
  it('a picture already found clean lets a clean post straight through, and is forgotten', () => {
    const { pic } = picture();
    pic.findings = { items: [], notDone: [] };
    const deps = setup([pic]);
    clickPost();
    expect(posted).toBe(1);
    expect(deps.warn).not.toHaveBeenCalled();
    expect(deps.forgetPictures).toHaveBeenCalled();
  });

  it('a picture already found with the logo holds the post', () => {
    const { pic } = picture();
    pic.findings = { items: [{ finding: logo, text: 'logo', from: '"a.jpg"' }], notDone: [] };
    const deps = setup([pic]);
    clickPost();
    expect(posted).toBe(0);
    expect(deps.warn.mock.calls[0][0]).toEqual([{ finding: logo, text: 'logo', from: '"a.jpg"' }]);
  });

  it('a check still running holds the post with "checking", then adds its findings', async () => {
    const p = picture();
    const deps = setup([p.pic]);
    clickPost();
    expect(posted).toBe(0);
    expect(deps.warn.mock.calls[0][3]).toEqual({ checking: ['"a.jpg"'], notDone: [] });
    await p.settle({ items: [{ finding: logo, text: 'logo', from: '"a.jpg"' }], notDone: [] });
    expect(deps.updateWarning).toHaveBeenCalledWith([{ finding: logo, text: 'logo', from: '"a.jpg"' }], { checking: [], notDone: [] });
    expect(posted).toBe(0);
  });

  it('a check that ends clean sends the held post on', async () => {
    const p = picture();
    const deps = setup([p.pic]);
    clickPost();
    await p.settle({ items: [], notDone: [] });
    expect(deps.settleWarning).toHaveBeenCalledWith('post');
    await new Promise((r) => setTimeout(r, 0));
    expect(posted).toBe(1);
  });

  it('a check that fails never holds the post hostage: it goes, with a notice', async () => {
    const p = picture();
    const deps = setup([p.pic]);
    clickPost();
    await p.settle({ items: [], notDone: ['"a.jpg": reading the words was not done (took longer than 20 s)'] });
    await new Promise((r) => setTimeout(r, 0));
    expect(posted).toBe(1);
    expect(deps.notice.mock.calls[0][0]).toMatch(/could not finish checking/);
  });
});

/** Each site adapter against small snippets of its site's markup: what is a composer, what is a submit, what is not. */
import { describe, expect, it } from 'vitest';
import { siteFor } from '../../entrypoints/composer.content/sites';
import { facebook } from '../../entrypoints/composer.content/sites/facebook';
import { instagram } from '../../entrypoints/composer.content/sites/instagram';
import { x } from '../../entrypoints/composer.content/sites/x';
import type { SiteAdapter } from '../../entrypoints/composer.content/sites/types';

function mount(html: string) {
  document.body.innerHTML = html;
  return (sel: string) => document.querySelector<HTMLElement>(sel)!;
}

function fire(target: HTMLElement, event: Event): Event {
  // Dispatch to learn the real target/composedPath, then ask the adapter about that event.
  let seen: Event = event;
  target.addEventListener(event.type, (e) => (seen = e), { once: true });
  target.dispatchEvent(event);
  return seen;
}

const click = () => new MouseEvent('click', { bubbles: true, composed: true });
const key = (k: string, mods: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, ...mods });

const X_HOME = `<main><div class="composer">
  <div data-testid="tweetTextarea_0RichTextInputContainer"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div data-contents="true"><div data-block="true"><span data-text="true">hi</span></div></div></div></div>
  <div data-testid="toolBar"><button data-testid="tweetButtonInline"><span>Post</span></button></div></div></main>`;
const X_THREAD = `<div role="dialog"><div contenteditable="true" role="textbox" data-testid="tweetTextarea_0">one</div><div contenteditable="true" role="textbox" data-testid="tweetTextarea_1">two</div><div data-testid="toolBar"><button data-testid="tweetButton">Post all</button></div></div>`;
const FB = `<div role="dialog"><form method="POST"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What's on your mind?"><p>post</p></div><div role="button" tabindex="0" aria-label="Post">Post</div></form></div>
  <form role="presentation"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Écrire un commentaire"><p>comment</p></div><div role="button" aria-label="Commenter">➤</div></form>`;
const IG = `<div role="dialog"><div><h1>Create new post</h1><div role="button" tabindex="0">Share</div></div><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a caption..."><p>cap</p></div></div>
  <section><form method="POST"><textarea aria-label="Add a comment…"></textarea><div role="button" tabindex="0">Post</div></form></section>`;

interface Row {
  name: string;
  site: SiteAdapter;
  html: string;
  target: string;
  event: () => Event;
  /** Expected kind, or null when the event is not a post. */
  kind: string | null;
  editors?: number;
}

const ROWS: Row[] = [
  { name: 'X: clicking the inline post button', site: x, html: X_HOME, target: '[data-testid="tweetButtonInline"] span', event: click, kind: 'click', editors: 1 },
  { name: 'X: Ctrl+Enter in the editor', site: x, html: X_HOME, target: '[data-testid="tweetTextarea_0"] [data-text]', event: () => key('Enter', { ctrlKey: true }), kind: 'mod-enter', editors: 1 },
  { name: 'X: Cmd+Enter in the editor', site: x, html: X_HOME, target: '[data-testid="tweetTextarea_0"]', event: () => key('Enter', { metaKey: true }), kind: 'mod-enter', editors: 1 },
  { name: 'X: plain Enter is a new line', site: x, html: X_HOME, target: '[data-testid="tweetTextarea_0"]', event: () => key('Enter'), kind: null },
  { name: 'X: a thread in the pop-up is one composer with every box', site: x, html: X_THREAD, target: '[data-testid="tweetButton"]', event: click, kind: 'click', editors: 2 },
  { name: 'X: clicking inside the editor is not a post', site: x, html: X_HOME, target: '[data-testid="tweetTextarea_0"]', event: click, kind: null },
  { name: 'Facebook: clicking Post in the composer dialog', site: facebook, html: FB, target: '[aria-label="Post"]', event: click, kind: 'click', editors: 1 },
  { name: 'Facebook: Enter on the focused Post div button', site: facebook, html: FB, target: '[aria-label="Post"]', event: () => key('Enter'), kind: 'button-key', editors: 1 },
  { name: 'Facebook: Space on the focused Post div button', site: facebook, html: FB, target: '[aria-label="Post"]', event: () => key(' '), kind: 'button-key', editors: 1 },
  { name: 'Facebook: Enter in the post composer is a new line', site: facebook, html: FB, target: 'form[method] [role="textbox"] p', event: () => key('Enter'), kind: null },
  { name: 'Facebook: Enter in a comment sends, whatever the label language', site: facebook, html: FB, target: 'form[role="presentation"] [role="textbox"] p', event: () => key('Enter'), kind: 'enter', editors: 1 },
  { name: 'Facebook: Shift+Enter in a comment is a new line', site: facebook, html: FB, target: 'form[role="presentation"] [role="textbox"]', event: () => key('Enter', { shiftKey: true }), kind: null },
  { name: 'Facebook: Enter while composing (IME) is not a post', site: facebook, html: FB, target: 'form[role="presentation"] [role="textbox"]', event: () => key('Enter', { isComposing: true }), kind: null },
  { name: 'Instagram: Share in the new-post dialog', site: instagram, html: IG, target: '[role="dialog"] [role="button"]', event: click, kind: 'click', editors: 1 },
  { name: 'Instagram: Enter in a comment textarea', site: instagram, html: IG, target: 'textarea', event: () => key('Enter'), kind: 'enter', editors: 1 },
  { name: 'Instagram: Post under a comment', site: instagram, html: IG, target: 'form [role="button"]', event: click, kind: 'click', editors: 1 },
];

describe('isSubmit', () => {
  it.each(ROWS)('$name', ({ site, html, target, event, kind, editors }) => {
    const $ = mount(html);
    const sub = site.isSubmit(fire($(target), event()));
    expect(sub?.kind ?? null).toBe(kind);
    if (kind) expect(sub!.composer.editors).toHaveLength(editors!);
  });

  it('Instagram: a comment form submit is a post', () => {
    const $ = mount(IG);
    const form = $('form') as HTMLFormElement;
    const sub = instagram.isSubmit(fire(form, new Event('submit', { bubbles: true, cancelable: true })));
    expect(sub?.kind).toBe('form');
    expect(sub?.composer.editors[0]).toBe($('textarea'));
  });
});

describe('findComposers', () => {
  it.each([
    { name: 'X thread', site: x, html: X_THREAD, composers: 1, editors: 2 },
    { name: 'Facebook composer and comment', site: facebook, html: FB, composers: 2, editors: 2 },
    { name: 'Instagram caption and comment', site: instagram, html: IG, composers: 2, editors: 2 },
  ])('$name', ({ site, html, composers, editors }) => {
    mount(html);
    const found = site.findComposers(document);
    expect(found).toHaveLength(composers);
    expect(found.flatMap((c) => c.editors)).toHaveLength(editors);
  });
});

describe('siteFor', () => {
  it.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['mobile.twitter.com', 'x'],
    ['www.facebook.com', 'facebook'],
    ['m.facebook.com', 'facebook'],
    ['www.instagram.com', 'instagram'],
    ['notfacebook.com', null],
    ['example.com', null],
  ])('%s → %s', (host, id) => {
    expect(siteFor(host)?.id ?? null).toBe(id);
  });
});

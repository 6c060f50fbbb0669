/** Each site adapter against snippets of its site's real markup (research/real-sites.md): what is a composer, what is a submit, what is not. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteFor } from '../../entrypoints/composer.content/sites';
import { facebook } from '../../entrypoints/composer.content/sites/facebook';
import { instagram } from '../../entrypoints/composer.content/sites/instagram';
import { x } from '../../entrypoints/composer.content/sites/x';
import { linkedin } from '../../entrypoints/composer.content/sites/linkedin';
import { threads } from '../../entrypoints/composer.content/sites/threads';
import { bluesky } from '../../entrypoints/composer.content/sites/bluesky';
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
const key = (k: string, mods: KeyboardEventInit = {}, type = 'keydown') => new KeyboardEvent(type, { key: k, bubbles: true, composed: true, ...mods });

const DRAFT = (id: string, text: string) =>
  `<div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" aria-label="Post text" data-testid="${id}"><div data-contents="true"><div data-block="true"><span data-text="true">${text}</span></div></div></div></div></div>`;

/** X's home box: the toolBar with the post button is a sibling of the editor row; no form anywhere. */
const X_HOME = `<main><div data-testid="primaryColumn"><div class="box">
  <div class="row"><label data-testid="tweetTextarea_0_label"><div data-testid="tweetTextarea_0RichTextInputContainer">${DRAFT('tweetTextarea_0', 'hi')}</div></label></div>
  <div data-testid="toolBar"><nav role="navigation"><button aria-label="Add photos or video"></button><input type="file" data-testid="fileInput"></nav>
    <div><button type="button" role="button" data-testid="tweetButtonInline"><div><span><span>Post</span></span></div></button></div></div></div>
  <a role="link" data-testid="SideNav_NewTweet_Button" href="/compose/post">Post</a>
  <article data-testid="tweet"><div role="group"><button data-testid="reply" aria-label="Reply"></button></div></article></div></main>`;
/** The pop-up with a thread: each post its own row, the toolBar only under the active one. */
const X_THREAD = `<div id="layers"><div role="dialog" aria-modal="true"><button data-testid="app-bar-close"></button>
  <div class="row">${DRAFT('tweetTextarea_0', 'one')}</div>
  <div class="row">${DRAFT('tweetTextarea_1', 'two')}<div data-testid="toolBar"><button data-testid="addButton" aria-label="Add post"></button><button data-testid="tweetButton">Post all</button></div></div></div></div>`;
/** X on a phone: a full page, the textarea's test id on a wrapper (variant B). */
const X_MOBILE = `<main><div class="appbar"><button data-testid="tweetButton">Post</button></div><div class="body"><div data-testid="tweetTextarea_0_label"><div data-testid="tweetTextarea_0"><textarea placeholder="What's happening?"></textarea></div></div></div></main>`;
const X_DM = `<aside data-testid="DMDrawer"><div data-testid="dmComposerTextInput" class="public-DraftEditor-content" contenteditable="true" role="textbox">hey</div><button data-testid="dmComposerSendButton" aria-label="Send"></button></aside>
  <section class="xchat"><textarea placeholder="Message">hello</textarea></section>`;

/** Facebook: Create post in its dialog's form; a feed comment box without a form, its arrow in #focused-state-composer-submit; decoys. */
const FB = `<div role="dialog" aria-label="Create post"><form method="POST"><h2>Create post</h2><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What's on your mind, Sam?"><p>post</p></div><div role="button" tabindex="0" aria-label="Post">Post</div></form></div>
  <div role="article" aria-label="Post by Sam"><div role="button" aria-label="Leave a comment">Comment</div>
    <div class="composer"><div data-visualcompletion="ignore"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Comment as Jo Bloggs"><p>comment</p></div></div>
      <div role="button" aria-label="Insert an emoji"></div><div id="focused-state-composer-submit"><span><div role="button" tabindex="0" aria-label="Post comment"></div></span></div></div></div>
  <div class="stories"><div role="button" tabindex="0" aria-label="Next">›</div></div>
  <div role="dialog" aria-label="Manage posts"><div role="button" tabindex="0" aria-label="Next">Next</div></div>
  <div class="chat"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Message" aria-placeholder="Aa"><p>msg</p></div></div>`;
const FB_FORM = `<form role="presentation"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Napisz komentarz…"><p>komentarz</p></div><div role="button" aria-label="Opublikuj komentarz">➤</div></form>`;
const FB_PAGE = `<div role="dialog" aria-label="Utwórz post"><form method="POST"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="O czym myślisz?"><p>post</p></div><div role="button" tabindex="0" aria-label="Dalej">Dalej</div></form></div>`;
const M_FB = `<div data-mcomponent="MScreen"><div data-mcomponent="MContainer"><div class="mentions-shadow-container"><textarea class="textbox multi-line-floating-textbox">hi</textarea><button class="textbox-submit-button">Post</button></div></div></div>`;

/** Instagram: the create dialog's caption with Share in the header; a feed article whose icons carry svg titles, its comment form. */
const IG = `<div role="dialog" aria-label="Create new post"><div class="head"><div role="button" tabindex="0">Back</div><h1>Create new post</h1><div role="button" tabindex="0">Share</div></div><div contenteditable="true" role="textbox" aria-label="Write a caption..."><p>cap</p></div></div>
  <article><section><div role="button" tabindex="0"><svg aria-label="Share" role="img"><title>Share</title></svg></div><div role="button"><svg aria-label="Comment" role="img"><title>Comment</title></svg></div></section>
  <section><form method="POST"><textarea aria-label="Add a comment…" placeholder="Add a comment…">comment</textarea><div role="button" tabindex="0">Post</div></form></section></article>`;
const IG_LINK = `<div role="dialog"><div class="head"><h1>Utwórz nowy post</h1><div role="link" tabindex="0">Udostępnij</div></div><div contenteditable="true" role="textbox" aria-label="Dodaj opis..."><p>cap</p></div></div>`;
const IG_DIRECT = `<div class="thread"><div class="bar"><div contenteditable="true" role="textbox" aria-label="Message" data-lexical-editor="true"><p>hey</p></div><div role="button" tabindex="0">Send</div></div></div>`;

/** LinkedIn: the share dialog (Quill) and a feed update's comment form (TipTap), with the update's social actions. */
const LI = `<div role="dialog" class="artdeco-modal"><div class="share-creation-state__text-editor"><div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox" aria-label="Text editor for creating content"><p>post</p></div></div></div>
  <div class="share-creation-state__footer"><button aria-label="Add media"></button><button class="share-actions__primary-action"><span>Post</span></button></div></div>
  <div class="feed-shared-update-v2" role="article"><div class="feed-shared-social-action-bar"><button aria-label="Comment"><span>Comment</span></button><button aria-label="Send in a private message"><span>Send</span></button></div>
  <div class="comments-comment-box"><form class="comments-comment-box__form"><div class="comments-comment-texteditor"><div class="ProseMirror" contenteditable="true" role="textbox" aria-label="Text editor for creating comment"><p>comment</p></div></div>
  <button class="comments-comment-box__submit-button--cr"><span>Comment</span></button></form></div></div>`;
const TH = `<div role="dialog" aria-label="New thread"><div class="thread"><div contenteditable="true" role="textbox" data-lexical-editor="true"><p>one</p></div><div contenteditable="true" role="textbox" data-lexical-editor="true"><p>two</p></div></div>
  <div class="foot"><div role="button" tabindex="0">Add to thread</div><div role="button" tabindex="0">Post</div></div></div>
  <div class="feed"><div role="button" tabindex="0">Share</div><div role="button" tabindex="0">Post</div></div>`;
const BS = `<div role="dialog"><div contenteditable="true" role="textbox" class="ProseMirror" aria-label="Rich-Text Editor"><p>sky</p></div><button data-testid="composerPublishBtn" aria-label="Publish post">Post</button></div>`;

interface Row {
  name: string;
  site: SiteAdapter;
  html: string;
  target: string;
  event: () => Event;
  /** Expected kind, or null when the event is not a post. */
  kind: string | null;
  editors?: number;
  /** The control the composer will re-send with. */
  button?: string;
}

const ROWS: Row[] = [
  { name: 'X: clicking the inline post button', site: x, html: X_HOME, target: '[data-testid="tweetButtonInline"] span', event: click, kind: 'click', editors: 1 },
  { name: 'X: Ctrl+Enter in the home box finds the post button in the sibling toolBar', site: x, html: X_HOME, target: '[data-testid="tweetTextarea_0"] [data-text]', event: () => key('Enter', { ctrlKey: true }), kind: 'mod-enter', editors: 1, button: '[data-testid="tweetButtonInline"]' },
  { name: 'X: Cmd+Enter off a Mac posts nothing on X, so it is not held', site: x, html: X_HOME, target: '[data-testid="tweetTextarea_0"]', event: () => key('Enter', { metaKey: true }), kind: null },
  { name: 'X: Ctrl+Alt+Enter is no command', site: x, html: X_HOME, target: '[data-testid="tweetTextarea_0"]', event: () => key('Enter', { ctrlKey: true, altKey: true }), kind: null },
  { name: 'X: plain Enter is a new line', site: x, html: X_HOME, target: '[data-testid="tweetTextarea_0"]', event: () => key('Enter'), kind: null },
  { name: 'X: the nav\'s "Post" link is not a submit', site: x, html: X_HOME, target: '[data-testid="SideNav_NewTweet_Button"]', event: click, kind: null },
  { name: 'X: a timeline Reply icon is not a submit', site: x, html: X_HOME, target: '[data-testid="reply"]', event: click, kind: null },
  { name: 'X: a thread in the pop-up is one composer with every box', site: x, html: X_THREAD, target: '[data-testid="tweetButton"]', event: click, kind: 'click', editors: 2 },
  { name: 'X: Ctrl+Enter in the first post of a thread finds the whole thread', site: x, html: X_THREAD, target: '[data-testid="tweetTextarea_0"]', event: () => key('Enter', { ctrlKey: true }), kind: 'mod-enter', editors: 2, button: '[data-testid="tweetButton"]' },
  { name: 'X: clicking inside the editor is not a post', site: x, html: X_HOME, target: '[data-testid="tweetTextarea_0"]', event: click, kind: null },
  { name: 'X phone: Post in the app bar, test id on the wrapper', site: x, html: X_MOBILE, target: '[data-testid="tweetButton"]', event: click, kind: 'click', editors: 1 },
  { name: 'X DM drawer: plain Enter sends', site: x, html: X_DM, target: '[data-testid="dmComposerTextInput"]', event: () => key('Enter'), kind: 'enter', editors: 1, button: '[data-testid="dmComposerSendButton"]' },
  { name: 'X DM drawer: Shift+Enter is a new line', site: x, html: X_DM, target: '[data-testid="dmComposerTextInput"]', event: () => key('Enter', { shiftKey: true }), kind: null },
  { name: 'X DM drawer: the send button', site: x, html: X_DM, target: '[data-testid="dmComposerSendButton"]', event: click, kind: 'click', editors: 1 },
  { name: 'XChat: Enter in the message textarea sends', site: x, html: X_DM, target: 'textarea', event: () => key('Enter'), kind: 'enter', editors: 1 },
  { name: 'Facebook: clicking Post in the composer dialog', site: facebook, html: FB, target: '[aria-label="Post"]', event: click, kind: 'click', editors: 1 },
  { name: 'Facebook: Post beside the form in the same dialog', site: facebook, html: FB.replace('</form></div>', '</form><div role="button" tabindex="0" aria-label="Post">Post</div></div>').replace('<div role="button" tabindex="0" aria-label="Post">Post</div></form>', '</form>'), target: '[aria-label="Post"]', event: click, kind: 'click', editors: 1 },
  { name: 'Facebook: Enter on the focused Post div button', site: facebook, html: FB, target: '[aria-label="Post"]', event: () => key('Enter'), kind: 'button-key', editors: 1 },
  { name: 'Facebook: Space on the focused Post div button', site: facebook, html: FB, target: '[aria-label="Post"]', event: () => key(' '), kind: 'button-key', editors: 1 },
  { name: 'Facebook: Space released on the Post div button (keyup)', site: facebook, html: FB, target: '[aria-label="Post"]', event: () => key(' ', {}, 'keyup'), kind: 'button-key', editors: 1 },
  { name: 'Facebook: Enter released is nothing', site: facebook, html: FB, target: '[aria-label="Post"]', event: () => key('Enter', {}, 'keyup'), kind: null },
  { name: 'Facebook: Enter in the post composer is a new line', site: facebook, html: FB, target: 'form[method] [role="textbox"] p', event: () => key('Enter'), kind: null },
  { name: 'Facebook: Enter in a comment box with no form sends, beside #focused-state-composer-submit', site: facebook, html: FB, target: '[aria-label="Comment as Jo Bloggs"] p', event: () => key('Enter'), kind: 'enter', editors: 1, button: '[aria-label="Post comment"]' },
  { name: 'Facebook: the comment arrow "Post comment"', site: facebook, html: FB, target: '[aria-label="Post comment"]', event: click, kind: 'click', editors: 1 },
  { name: 'Facebook: Shift+Enter in a comment is a new line', site: facebook, html: FB, target: '[aria-label="Comment as Jo Bloggs"]', event: () => key('Enter', { shiftKey: true }), kind: null },
  { name: 'Facebook: Enter while composing (IME) is not a post', site: facebook, html: FB, target: '[aria-label="Comment as Jo Bloggs"]', event: () => key('Enter', { isComposing: true }), kind: null },
  { name: 'Facebook: the stories tray "Next" is not a submit', site: facebook, html: FB, target: '.stories [role="button"]', event: click, kind: null },
  { name: 'Facebook: the Manage posts pager "Next" is not a submit', site: facebook, html: FB, target: '[aria-label="Manage posts"] [role="button"]', event: click, kind: null },
  { name: 'Facebook: the feed\'s "Leave a comment" is not a submit', site: facebook, html: FB, target: '[aria-label="Leave a comment"]', event: click, kind: null },
  { name: 'Facebook: Messenger\'s chat box sends on Enter, on its own', site: facebook, html: FB, target: '[aria-label="Message"] p', event: () => key('Enter'), kind: 'enter', editors: 1 },
  { name: 'Facebook: Messenger in the page\'s one big container is still on its own, however many comment arrows the feed shows', site: facebook, html: `<div id="mount_0_0">${FB}</div>`, target: '[aria-label="Message"] p', event: () => key('Enter'), kind: 'enter', editors: 1 },
  { name: 'Facebook (pl): Enter in a comment form', site: facebook, html: FB_FORM, target: '[role="textbox"]', event: () => key('Enter'), kind: 'enter', editors: 1 },
  { name: 'Facebook (pl): "Opublikuj komentarz"', site: facebook, html: FB_FORM, target: '[role="button"]', event: click, kind: 'click', editors: 1 },
  { name: 'Facebook (pl): a Page\'s "Dalej"', site: facebook, html: FB_PAGE, target: '[role="button"]', event: click, kind: 'click', editors: 1 },
  { name: 'm.facebook.com: the comment button', site: facebook, html: M_FB, target: 'button', event: click, kind: 'click', editors: 1 },
  { name: 'Instagram: Share in the new-post dialog', site: instagram, html: IG, target: '[role="dialog"] [role="button"]:last-child', event: click, kind: 'click', editors: 1 },
  { name: 'Instagram: Back in the new-post dialog is not a submit', site: instagram, html: IG, target: '[role="dialog"] [role="button"]', event: click, kind: null },
  { name: 'Instagram (pl): Share as role=link, "Udostępnij"', site: instagram, html: IG_LINK, target: '[role="link"]', event: click, kind: 'click', editors: 1 },
  { name: 'Instagram: Enter in a comment textarea', site: instagram, html: IG, target: 'textarea', event: () => key('Enter'), kind: 'enter', editors: 1, button: 'form [role="button"]' },
  { name: 'Instagram: Enter in the profile\'s bio is a new line, not a post', site: instagram, html: `<form method="POST"><textarea id="pepBio" aria-label="Bio">Oliver</textarea><button type="submit">Submit</button></form>`, target: 'textarea', event: () => key('Enter'), kind: null },
  { name: 'Instagram: Post under a comment', site: instagram, html: IG, target: 'form [role="button"]', event: click, kind: 'click', editors: 1 },
  { name: 'Instagram: the feed Share icon (svg title "Share") is not a submit', site: instagram, html: IG, target: 'article section [role="button"] svg', event: click, kind: null },
  { name: 'Instagram Direct: Enter sends', site: instagram, html: IG_DIRECT, target: '[role="textbox"] p', event: () => key('Enter'), kind: 'enter', editors: 1 },
  { name: 'Instagram Direct: Send', site: instagram, html: IG_DIRECT, target: '.bar [role="button"]', event: click, kind: 'click', editors: 1 },
  { name: 'LinkedIn: Post in the share dialog', site: linkedin, html: LI, target: '.share-actions__primary-action span', event: click, kind: 'click', editors: 1 },
  { name: 'LinkedIn: Enter in the share box is a new line', site: linkedin, html: LI, target: '.ql-editor p', event: () => key('Enter'), kind: null },
  { name: 'LinkedIn: the comment form\'s submit', site: linkedin, html: LI, target: '.comments-comment-box__submit-button--cr', event: click, kind: 'click', editors: 1 },
  { name: 'LinkedIn: the update\'s "Comment" action is not a submit', site: linkedin, html: LI, target: '.feed-shared-social-action-bar [aria-label="Comment"]', event: click, kind: null },
  { name: 'LinkedIn: "Send in a private message" is not a submit', site: linkedin, html: LI, target: '[aria-label="Send in a private message"]', event: click, kind: null },
  { name: 'Threads: Post in the compose dialog checks every box of the thread', site: threads, html: TH, target: '.foot [role="button"]:last-child', event: click, kind: 'click', editors: 2 },
  { name: 'Threads: Space on Post', site: threads, html: TH, target: '.foot [role="button"]:last-child', event: () => key(' ', {}, 'keyup'), kind: 'button-key', editors: 2 },
  { name: 'Threads: "Add to thread" is not a submit', site: threads, html: TH, target: '.foot [role="button"]', event: click, kind: null },
  { name: 'Threads: a feed "Post" outside the dialog is not a submit', site: threads, html: TH, target: '.feed [role="button"]:last-child', event: click, kind: null },
  { name: 'Bluesky: composerPublishBtn', site: bluesky, html: BS, target: '[data-testid="composerPublishBtn"]', event: click, kind: 'click', editors: 1 },
  { name: 'Bluesky: Ctrl+Enter publishes', site: bluesky, html: BS, target: '.ProseMirror p', event: () => key('Enter', { ctrlKey: true, code: 'Enter' }), kind: 'mod-enter', editors: 1 },
  { name: 'Bluesky: Cmd+Enter publishes on any platform', site: bluesky, html: BS, target: '.ProseMirror p', event: () => key('Enter', { metaKey: true, code: 'Enter' }), kind: 'mod-enter', editors: 1 },
  { name: 'Bluesky: plain Enter is a new line', site: bluesky, html: BS, target: '.ProseMirror p', event: () => key('Enter'), kind: null },
];

describe('isSubmit', () => {
  it.each(ROWS)('$name', ({ site, html, target, event, kind, editors, button }) => {
    const $ = mount(html);
    const sub = site.isSubmit(fire($(target), event()));
    expect(sub?.kind ?? null).toBe(kind);
    if (kind) expect(sub!.composer.editors).toHaveLength(editors!);
    if (button) expect(sub!.composer.button).toBe($(button));
  });

  it('Instagram: a comment form submit is a post', () => {
    const $ = mount(IG);
    const form = $('form') as HTMLFormElement;
    const sub = instagram.isSubmit(fire(form, new Event('submit', { bubbles: true, cancelable: true })));
    expect(sub?.kind).toBe('form');
    expect(sub?.composer.editors[0]).toBe($('textarea'));
  });
});

describe('the composer', () => {
  it('X: the key path and the click path find the same composer (acknowledgements are keyed by it)', () => {
    const $ = mount(X_HOME);
    const byKey = x.isSubmit(fire($('[data-testid="tweetTextarea_0"] [data-text]'), key('Enter', { ctrlKey: true })));
    const byClick = x.isSubmit(fire($('[data-testid="tweetButtonInline"]'), click()));
    expect(byKey!.composer.root).toBe(byClick!.composer.root);
    expect(byKey!.composer.root).toBe($('.box'));
  });

  it('a picker finds the same composer as the post button', () => {
    const $ = mount(X_HOME);
    expect(x.composerOf($('[data-testid="fileInput"]'))?.root).toBe($('.box'));
    expect(x.scopeOf($('[data-testid="fileInput"]'))).toBe($('.box'));
  });

  it('never climbs to <body>: a button named "Post" beside no composer is nothing, whatever drafts the page holds', () => {
    const $ = mount(`<div role="button" tabindex="0" aria-label="Post">Post</div><div class="chat"><div contenteditable="true" role="textbox" aria-label="Message"><p>Oliver</p></div></div>`);
    expect(facebook.isSubmit(fire($('[aria-label="Post"]'), click()))).toBeNull();
    expect(facebook.composerOf($('[aria-label="Post"]'))).toBeNull();
  });

  it('Instagram: a photo chosen before the caption exists belongs to the create dialog, not to a comment box', () => {
    const $ = mount(`<div role="dialog" aria-label="Create new post"><input type="file" accept="image/*"></div>${IG.slice(IG.indexOf('<article>'))}`);
    expect(instagram.composerOf($('input[type="file"]'))).toBeNull();
    expect(instagram.scopeOf($('input[type="file"]'))).toBe($('[role="dialog"]'));
  });

  describe('on a Mac', () => {
    afterEach(() => vi.restoreAllMocks());
    it('Cmd+Enter posts on X, Ctrl+Enter does not', () => {
      vi.spyOn(navigator, 'platform', 'get').mockReturnValue('MacIntel');
      const $ = mount(X_HOME);
      expect(x.isSubmit(fire($('[data-testid="tweetTextarea_0"]'), key('Enter', { metaKey: true })))?.kind).toBe('mod-enter');
      expect(x.isSubmit(fire($('[data-testid="tweetTextarea_0"]'), key('Enter', { ctrlKey: true })))).toBeNull();
    });
  });
});

describe('resend', () => {
  it('a keyboard re-send carries key, code, keyCode and which (X and Draft.js read keyCode/which)', () => {
    const $ = mount(X_DM.replace(/<button[^>]*><\/button>/, ''));
    const editor = $('[data-testid="dmComposerTextInput"]');
    const sub = x.isSubmit(fire(editor, key('Enter', { code: 'Enter' })))!;
    expect(sub.composer.button).toBeNull();
    const seen: KeyboardEvent[] = [];
    editor.addEventListener('keydown', (e) => seen.push(e));
    x.resend(sub);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ key: 'Enter', code: 'Enter', keyCode: 13, which: 13, shiftKey: false });
  });

  it('a key press is re-sent as a click on the composer\'s button when there is one, once', () => {
    const $ = mount(X_HOME);
    const sub = x.isSubmit(fire($('[data-testid="tweetTextarea_0"]'), key('Enter', { ctrlKey: true })))!;
    let clicks = 0;
    $('[data-testid="tweetButtonInline"]').addEventListener('click', () => clicks++);
    x.resend(sub);
    expect(clicks).toBe(1);
  });

  it('a button that re-rendered while the dialog was open is found afresh', () => {
    const $ = mount(FB);
    const sub = facebook.isSubmit(fire($('[aria-label="Comment as Jo Bloggs"]'), key('Enter')))!;
    // Facebook draws the arrow only while the box has focus: it went away and came back as a new element.
    $('#focused-state-composer-submit span').innerHTML = '<div role="button" tabindex="0" aria-label="Post comment"></div>';
    let clicks = 0;
    $('[aria-label="Post comment"]').addEventListener('click', () => clicks++);
    facebook.resend(sub);
    expect(clicks).toBe(1);
  });
});

describe('findComposers', () => {
  it.each([
    { name: 'X thread', site: x, html: X_THREAD, composers: 1, editors: 2 },
    { name: 'Facebook composer, comment and chat', site: facebook, html: FB, composers: 3, editors: 3 },
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
    ['www.linkedin.com', 'linkedin'],
    ['www.threads.com', 'threads'],
    ['www.threads.net', 'threads'],
    ['bsky.app', 'bluesky'],
    ['notfacebook.com', null],
    ['example.com', null],
  ])('%s → %s', (host, id) => {
    expect(siteFor(host)?.id ?? null).toBe(id);
  });
});

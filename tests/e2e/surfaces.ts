/** Every compose surface of issue 3 as data: where its editors are, how it posts by click and by keyboard, how it remounts. */
import type { Site } from './harness/driver';

export interface Surface {
  id: string;
  site: Site;
  /** The page's path (and variant query) on the site's origin; '/' unless said. */
  path?: string;
  /** Clicked first to open the composer (a pop-up or dialog), in order. */
  open?: string | string[];
  /** Editors to type into, in order (a thread has several). */
  editors: string[];
  /** Clicked before each editor after the first (X's "Add post"). */
  more?: string;
  /** The post button. */
  button: string;
  /** The keyboard way to post: keys pressed in the last editor, or on the focused button. */
  key: { keys: string; on: 'editor' | 'button' };
  /** Clicked after the post is let through, when posting takes a second step (a Page's "Next", then "Post"). */
  then?: string;
  /** Clicks that remove the composer and bring it back. */
  remount: string[];
  /** Controls near the composer that look like posting but are not (stories' "Next", an icon's svg title "Share"). */
  decoys?: string[];
  /** The name the page records its sends and state under, when several surfaces share one composer (variants). */
  record?: string;
  /** Only these cases (by id) run here: a box with no post control of its own has no click cases. */
  only?: string[];
}

const CMD = 'Control+Enter';

/** X: research §7 X1–X5; the pop-up is opened from the nav, threads grow by "Add post". */
const X_DECOYS = ['[data-testid="like"]', '[data-testid="AppTabBar_Explore_Link"]'];
export const X_SURFACES: Surface[] = [
  {
    id: 'x-home',
    site: 'x',
    path: '/home',
    editors: ['[data-surface="x-home"] [data-testid="tweetTextarea_0"]'],
    button: '[data-surface="x-home"] [data-testid="tweetButtonInline"]',
    key: { keys: CMD, on: 'editor' },
    remount: ['[data-testid="AppTabBar_Explore_Link"]', '[data-testid="AppTabBar_Home_Link"]'],
    decoys: ['[data-testid="like"]', '[data-testid="gifSearchButton"]'],
  },
  {
    id: 'x-modal',
    site: 'x',
    path: '/home',
    open: '[data-testid="SideNav_NewTweet_Button"]',
    editors: ['[role="dialog"] [data-testid="tweetTextarea_0"]', '[role="dialog"] [data-testid="tweetTextarea_1"]'],
    more: '[role="dialog"] [data-testid="addButton"]',
    button: '[role="dialog"] [data-testid="tweetButton"]',
    key: { keys: CMD, on: 'editor' },
    // Drafts unmounts the editors; Back mounts them again.
    remount: ['[data-testid="unsentButton"]', '[data-testid="app-bar-back"]'],
    decoys: ['[role="dialog"] [data-testid="gifSearchButton"]'],
  },
  {
    id: 'x-reply',
    site: 'x',
    path: '/sam/status/1',
    open: '[data-surface="x-reply"] [data-testid="tweetTextarea_0_label"]',
    editors: ['[data-surface="x-reply"] [data-testid="tweetTextarea_0"]'],
    button: '[data-surface="x-reply"] [data-testid="tweetButtonInline"]',
    key: { keys: CMD, on: 'editor' },
    remount: ['[data-testid="AppTabBar_Home_Link"]', '[data-testid="tweet"] a[href="/sam/status/1"]', '[data-surface="x-reply"] [data-testid="tweetTextarea_0_label"]'],
    decoys: X_DECOYS,
  },
  { id: 'x-mobile', site: 'x', path: '/compose/post?mobile=1', editors: ['[data-surface="x-mobile"] textarea'], button: '[data-testid="tweetButton"]', key: { keys: 'Enter', on: 'button' }, remount: [], decoys: ['[data-testid="unsentButton"]'], only: ['clean', 'held', 'shortcut', 'decoy'] },
  // The phone page with the test id on a wrapper div only (Bouncer and CPFT disagree; both answers pass).
  { id: 'x-mobile-wrapped', record: 'x-mobile', site: 'x', path: '/compose/post?mobile=1&wrap=1', editors: ['[data-surface="x-mobile"] textarea'], button: '[data-testid="tweetButton"]', key: { keys: 'Enter', on: 'button' }, remount: [], only: ['clean', 'held', 'shortcut'] },
  { id: 'x-dm', site: 'x', path: '/messages/1', editors: ['[data-testid="dmComposerTextInput"]'], button: '[data-testid="dmComposerSendButton"]', key: { keys: 'Enter', on: 'editor' }, remount: ['[data-testid="AppTabBar_Home_Link"]', '[data-testid="AppTabBar_DirectMessage_Link"]'], decoys: ['[data-surface="x-dm"] [data-testid="gifSearchButton"]'], only: ['held', 'shortcut', 'decoy'] },
  // XChat: no post control is known (no test id), so only its Enter is held; its re-send is the key press itself.
  { id: 'x-chat', site: 'x', path: '/i/chat/1', editors: ['[data-surface="x-chat"] textarea'], button: '', key: { keys: 'Enter', on: 'editor' }, remount: [], only: ['shortcut', 'shift-enter'] },
];

/** Facebook: research §7 F1–F7. Decoys: the stories tray's and the Manage posts pager's "Next", a photo's "Next photo", icons. */
const FB_DECOYS = ['.stories [aria-label="Next"]', '[aria-label="Next photo"]', '[data-open="manage-posts"]', '[aria-label="Manage posts"] [aria-label="Next"]'];
const fbPost = (id: string, path: string, open: string, label = 'Post', only?: string[]): Surface => ({
  id, record: id.replace(/-(pl|ur|cy|ro|pt|es|it|fr|keydown|hidden)$/, ''), site: 'facebook', path, open, editors: [`[data-surface="${id.replace(/-(pl|ur|cy|ro|pt|es|it|fr|keydown|hidden)$/, '')}"] [role="textbox"]`],
  button: `[role="dialog"] form [role="button"][aria-label="${label}"]`, key: { keys: ' ', on: 'button' }, remount: [open], decoys: FB_DECOYS, only,
});
const comment = (id: string, path: string, open: string | string[] | undefined, record: string, remount: string[], extra: Partial<Surface> = {}): Surface => ({
  id, record, site: 'facebook', path, open, editors: [`[data-surface="${record}"] [role="textbox"]`], button: `[data-surface="${record}"] #focused-state-composer-submit [role="button"]`,
  key: { keys: 'Enter', on: 'editor' }, remount, decoys: [`[data-surface="${record}"] [aria-label="Comment with a GIF"]`, ...FB_DECOYS.slice(0, 1)], ...extra,
});
const LOCALES = { pl: ['Opublikuj', 'Dalej'], ur: ['پوسٹ کریں', 'اگلا'], cy: ['Postio', 'Nesaf'], ro: ['Postează', 'Înainte'], pt: ['Publicar', 'Avançar'], es: ['Publicar', 'Siguiente'], it: ['Pubblica', 'Avanti'], fr: ['Publier', 'Suivant'] } as const;

export const FACEBOOK_SURFACES: Surface[] = [
  // Space presses a div button on keyup (ARIA's pattern) or on keydown: unverified, both pass.
  fbPost('fb-post', '/', '[data-open="fb-post"]'),
  { ...fbPost('fb-post-keydown', '/?space=keydown', '[data-open="fb-post"]'), only: ['shortcut'] },
  { ...fbPost('fb-post', '/?as=page', '[data-open="fb-page"]', 'Next'), id: 'fb-page', record: 'fb-page', editors: ['[data-surface="fb-page"] [role="textbox"]'], then: '[data-surface="fb-page"] [aria-label="Post"]', remount: ['[data-open="fb-page"]'] },
  // The Post button beside the form in the same dialog rather than inside it (unverified: both pass).
  { ...fbPost('fb-post-outside', '/?post=outside', '[data-open="fb-post"]'), record: 'fb-post', editors: ['[data-surface="fb-post"] [role="textbox"]'], button: '[role="dialog"] > [role="button"][aria-label="Post"]', only: ['clean', 'held', 'shortcut'] },
  // A Page's step 2 keeps the editor hidden instead of unmounting it (unverified: both pass).
  { ...fbPost('fb-post', '/?as=page&step2=hidden', '[data-open="fb-page"]', 'Next'), id: 'fb-page-hidden', record: 'fb-page', editors: ['[data-surface="fb-page"] [role="textbox"]'], then: '[data-surface="fb-page"] [aria-label="Post"]', only: ['clean', 'shortcut'] },
  { ...fbPost('fb-group', '/groups/1', '[data-open="fb-group"]'), decoys: undefined, only: ['held'] },
  comment('fb-comment', '/', '[aria-label="Leave a comment"]', 'fb-comment', ['[data-close="post"]', '[aria-label="Leave a comment"]']),
  // The comment box without form[role=presentation] (not seen in a dated 2026 source): Enter and the arrow still post.
  comment('fb-comment-noform', '/?form=absent', '[aria-label="Leave a comment"]', 'fb-comment', [], { only: ['clean', 'held', 'shortcut', 'shift-enter', 'decoy'] }),
  comment('fb-permalink', '/sam/posts/1', undefined, 'fb-permalink', [], { only: ['held', 'shortcut'] }),
  comment('fb-reply', '/sam/posts/1', '[data-open="fb-reply"]', 'fb-reply', ['[data-open="fb-reply"]'], { only: ['held', 'shortcut', 'remount'] }),
  comment('fb-reply-noform', '/sam/posts/1?form=absent', '[data-open="fb-reply"]', 'fb-reply', [], { only: ['held', 'shortcut'] }),
  // Messenger's chat box: a check like any composer; Enter is its only send the extension knows, re-sent as the key itself.
  { id: 'fb-chat', site: 'facebook', path: '/?chat=empty', editors: ['[data-surface="fb-chat"] [role="textbox"]'], button: '', key: { keys: 'Enter', on: 'editor' }, remount: [], only: ['shortcut', 'shift-enter'] },
  // Every language on one localised control each: half on Create post's "Post", half on a Page's "Next" (suite time).
  ...Object.entries(LOCALES).map(([lang, [post, next]], i): Surface =>
    i % 2
      ? { ...fbPost(`fb-page-${lang}`, `/?as=page&lang=${lang}`, '[data-open="fb-page"]', next), record: 'fb-page', editors: ['[data-surface="fb-page"] [role="textbox"]'], only: ['held'] }
      : { ...fbPost(`fb-post-${lang}`, `/?lang=${lang}`, '[data-open="fb-post"]', post), only: ['held'] }),
];

/** Instagram: research §7 I1–I4. Decoys: icon buttons whose svg has a <title> ("Share", "Like", "Save"), the comment form's Emoji. */
const IG_OPEN = ['[data-open="ig-new"]', '[data-open="ig-caption"]'];
const IG_ICON = (scope: string, n: number) => `${scope} .icons [role="button"]:nth-child(${n})`;
const caption = (id: string, query: string, only?: string[]): Surface => ({
  id, record: 'ig-caption', site: 'instagram', path: `/?steps=caption${query}`, open: IG_OPEN, editors: ['[data-surface="ig-caption"] [role="textbox"]'],
  button: '[data-surface="ig-caption"] .head > :last-child', key: { keys: 'Enter', on: 'button' }, remount: IG_OPEN, decoys: [IG_ICON('article', 3)], only,
});
const igComment = (id: string, query: string, only?: string[], button = 'form[data-surface="ig-comment"] > [role="button"]:last-child'): Surface => ({
  id, record: 'ig-comment', site: 'instagram', path: `/p/ABC/${query}`, editors: ['[data-surface="ig-comment"] textarea'], button, key: { keys: 'Enter', on: 'editor' }, remount: [],
  decoys: [IG_ICON('article', 3), IG_ICON('article', 1), IG_ICON('article', 4), '[data-surface="ig-comment"] [role="button"].icon'], only,
});
const IG_LOCALES = ['pl', 'ur', 'cy', 'ro', 'pt', 'es', 'it', 'fr'];

export const INSTAGRAM_SURFACES: Surface[] = [
  caption('ig-caption', ''),
  // Share as role=link (one 2025–26 source), and the caption without data-lexical-editor: unverified, both pass.
  caption('ig-caption-link', '&share=link', ['held', 'shortcut']),
  caption('ig-caption-nolexical', '&lexical=0', ['clean', 'held']),
  // What the comment box's Enter handler reads is unverified: keyCode (the default), key, or keypress; all pass.
  igComment('ig-comment', ''),
  igComment('ig-comment-key', '?enter=key', ['shortcut']),
  igComment('ig-comment-keypress', '?enter=keypress', ['shortcut', 'shift-enter']),
  igComment('ig-comment-submit', '?post=button', ['held', 'shortcut'], '[data-surface="ig-comment"] button[type="submit"]'),
  {
    id: 'ig-modal', site: 'instagram', open: IG_ICON('article', 2), editors: ['[data-surface="ig-modal"] textarea'], button: 'form[data-surface="ig-modal"] > [role="button"]:last-child',
    key: { keys: 'Enter', on: 'editor' }, remount: [], decoys: [IG_ICON('[data-post-modal]', 3), IG_ICON('[data-post-modal]', 4)], only: ['held', 'decoy'],
  },
  { id: 'ig-direct', site: 'instagram', path: '/direct/t/1/', editors: ['[data-surface="ig-direct"] [role="textbox"]'], button: '[data-surface="ig-direct"] .send-slot [role="button"]', key: { keys: 'Enter', on: 'editor' }, remount: [], only: ['held', 'shortcut', 'shift-enter'] },
  // Every language on one localised control each: half on the caption's "Share", half on a comment's "Post".
  ...IG_LOCALES.map((lang, i): Surface => (i % 2 ? igComment(`ig-comment-${lang}`, `?lang=${lang}`, ['held']) : caption(`ig-caption-${lang}`, `&lang=${lang}`, ['held']))),
];

/** m.facebook.com (research §7 F8): checked like www; which editable the ServerTextArea holds is open, both pass. */
export const M_FACEBOOK_SURFACES: Surface[] = [
  { id: 'mfb-post', site: 'mfacebook', editors: ['[data-mcomponent="ServerTextArea"] textarea'], button: '[data-action-id="32791"]', key: { keys: ' ', on: 'button' }, remount: [], decoys: ['[data-action-id="32792"]', '[aria-label="Back"]'], only: ['clean', 'held', 'shortcut', 'decoy'] },
  { id: 'mfb-post-div', record: 'mfb-post', site: 'mfacebook', path: '/?editable=div', editors: ['[data-mcomponent="ServerTextArea"] [contenteditable]'], button: '[data-action-id="32791"]', key: { keys: 'Enter', on: 'button' }, remount: [], only: ['clean', 'held', 'shortcut'] },
  { id: 'mfb-comment', site: 'mfacebook', path: '/story.php?story_fbid=1', editors: ['[data-surface="mfb-comment"] textarea'], button: '[data-surface="mfb-comment"] button', key: { keys: 'Enter', on: 'button' }, remount: [], decoys: ['[data-action-id="41000"]'], only: ['clean', 'held', 'decoy'] },
];

/**
 * LinkedIn (research §4; 2026 sources on #interop-outlet): the Quill share dialog inside #interop-outlet's open shadow
 * root (and, `?shadow=none`, in the page as 2024 scripts found it: which it is now is open, both pass), and a feed
 * update's TipTap comment form; the update's social actions and the dialog's Add media / Schedule are decoys.
 */
const LI_UPDATE = '[data-urn="urn:li:activity:1"]';
const LI_SHARE = '#interop-outlet >>> [data-surface="li-post"]';
const liPost = (id: string, share: string, path: string, only?: string[]): Surface => ({
  id, record: 'li-post', site: 'linkedin', path, open: '[data-open="li-post"]', editors: [`${share} .ql-editor`], button: `${share} .share-actions__primary-action`,
  key: { keys: 'Enter', on: 'button' }, remount: ['[data-open="li-post"]'], decoys: [`${share} [aria-label="Schedule post"]`, `${share} [aria-label="Add media"]`, `${LI_UPDATE} [aria-label="Send in a private message"]`], only,
});
export const LINKEDIN_SURFACES: Surface[] = [
  liPost('li-post', LI_SHARE, '/feed/'),
  liPost('li-post-light', '[data-surface="li-post"]', '/feed/?shadow=none', ['clean', 'held', 'shortcut', 'highlights']),
  {
    id: 'li-comment', site: 'linkedin', path: '/feed/', open: `${LI_UPDATE} [aria-label="Comment"]`, editors: ['form[data-surface="li-comment"] .ProseMirror'], button: 'form[data-surface="li-comment"] .comments-comment-box__submit-button--cr',
    key: { keys: 'Enter', on: 'button' }, remount: [], decoys: [`${LI_UPDATE} [aria-label="Comment"]`, `${LI_UPDATE} [aria-label="Repost"]`, `${LI_UPDATE} [aria-label="Send in a private message"]`],
    only: ['clean', 'held', 'shortcut', 'high', 'highlights', 'decoy'],
  },
];

/** Threads (research §4): the compose dialog with a thread of two; served on threads.com and threads.net. */
const TH_POST = (site: 'threads' | 'threadsnet', id: string, only?: string[]): Surface => ({
  id, record: 'th-post', site, open: '[data-open="th-post"]', editors: ['[data-surface="th-post"] .item:nth-child(1) [role="textbox"]', '[data-surface="th-post"] .item:nth-child(2) [role="textbox"]'], more: '[data-add]',
  button: '[data-surface="th-post"] .foot > [role="button"]:last-child', key: { keys: ' ', on: 'button' }, remount: ['[data-open="th-post"]'], decoys: ['[data-add]', '.feed [role="button"]:last-child'], only,
});
export const THREADS_SURFACES: Surface[] = [TH_POST('threads', 'th-post'), TH_POST('threadsnet', 'th-post-net', ['clean', 'held'])];

/**
 * Bluesky (research §4; social-app's Composer.tsx, TextInput.web.tsx): the composer dialog with a thread of two TipTap
 * boxes, composerPublishBtn, Cmd/Ctrl+Enter read by event.code; a feed item's Reply opens it in reply mode.
 */
const BS = '[data-testid="composePostView"]';
export const BLUESKY_SURFACES: Surface[] = [
  {
    id: 'bs-post', site: 'bluesky', open: '[data-testid="composeFAB"]', editors: [`${BS} .post:nth-child(1) .ProseMirror`, `${BS} .post:nth-child(2) .ProseMirror`], more: '[aria-label="Add another post"]',
    button: '[data-testid="composerPublishBtn"]', key: { keys: CMD, on: 'editor' }, remount: ['[data-testid="composerDiscardButton"]', '[data-testid="composeFAB"]'],
    decoys: ['[data-testid="draftsButton"]', '[data-testid="openGalleryBtn"]', '[data-testid="likeBtn"]'],
  },
  {
    id: 'bs-reply', record: 'bs-post', site: 'bluesky', open: '[data-testid="feedItem-by-sam.bsky.social"] [data-testid="replyBtn"]', editors: [`${BS} .ProseMirror`],
    button: '[data-testid="composerPublishBtn"]', key: { keys: CMD, on: 'editor' }, remount: [], only: ['held', 'shortcut'],
  },
];

export const SURFACES: Surface[] = [
  ...X_SURFACES,
  ...FACEBOOK_SURFACES,
  ...M_FACEBOOK_SURFACES,
  ...INSTAGRAM_SURFACES,
  ...LINKEDIN_SURFACES,
  ...THREADS_SURFACES,
  ...BLUESKY_SURFACES,
];

/** Surfaces whose post button ignores clicks made by script: "Post anyway" cannot re-send there. */
export const STRICT_SURFACES: Surface[] = [
  { id: 'x-home', site: 'x', path: '/home?strict=1', editors: ['[data-surface="x-home"] [data-testid="tweetTextarea_0"]'], button: '[data-surface="x-home"] [data-testid="tweetButtonInline"]', key: { keys: CMD, on: 'editor' }, remount: [] },
];

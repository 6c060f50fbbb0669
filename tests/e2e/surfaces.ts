/** Every compose surface of issue 3 as data: where its editors are, how it posts by click and by keyboard, how it remounts. */
import type { Site } from './harness/driver';

export interface Surface {
  id: string;
  site: Site;
  /** Clicked first to open the composer (a pop-up or dialog). */
  open?: string;
  /** Editors to type into, in order (a thread has several). */
  editors: string[];
  /** The post button. */
  button: string;
  /** The keyboard way to post: keys pressed in the last editor, or on the focused button. */
  key: { keys: string; on: 'editor' | 'button' };
  /** Clicked after the post is let through, when posting takes a second step (a Page's "Next", then "Post"). */
  then?: string;
  /** Clicks that remove the composer and bring it back. */
  remount: string[];
}

const CMD = 'Control+Enter';

export const SURFACES: Surface[] = [
  { id: 'x-home', site: 'x', editors: ['[data-surface="x-home"] [data-testid="tweetTextarea_0"]'], button: '[data-surface="x-home"] [data-testid="tweetButtonInline"]', key: { keys: CMD, on: 'editor' }, remount: ['[data-toggle="x-home"]', '[data-toggle="x-home"]'] },
  {
    id: 'x-modal',
    site: 'x',
    open: '[data-testid="SideNav_NewTweet_Button"]',
    editors: ['[role="dialog"] [data-testid="tweetTextarea_0"]', '[role="dialog"] [data-testid="tweetTextarea_1"]'],
    button: '[role="dialog"] [data-testid="tweetButton"]',
    key: { keys: CMD, on: 'editor' },
    remount: ['[data-testid="app-bar-close"]', '[data-testid="SideNav_NewTweet_Button"]'],
  },
  { id: 'x-reply', site: 'x', editors: ['[data-surface="x-reply"] [data-testid="tweetTextarea_0"]'], button: '[data-surface="x-reply"] [data-testid="tweetButtonInline"]', key: { keys: CMD, on: 'editor' }, remount: ['[data-toggle="x-home"]', '[data-toggle="x-home"]'] },
  { id: 'x-quote', site: 'x', editors: ['[data-surface="x-quote"] [data-testid="tweetTextarea_0"]'], button: '[data-surface="x-quote"] [data-testid="tweetButtonInline"]', key: { keys: CMD, on: 'editor' }, remount: ['[data-toggle="x-home"]', '[data-toggle="x-home"]'] },
  { id: 'x-narrow', site: 'x', editors: ['[data-surface="x-narrow"] textarea'], button: '[data-surface="x-narrow"] [data-testid="tweetButton"]', key: { keys: CMD, on: 'editor' }, remount: ['[data-toggle="x-home"]', '[data-toggle="x-home"]'] },
  { id: 'fb-post', site: 'facebook', open: '[data-open="fb-post"]', editors: ['[data-surface="fb-post"] [role="textbox"]'], button: '[data-surface="fb-post"] [aria-label="Post"]', key: { keys: 'Enter', on: 'button' }, remount: ['[data-open="fb-post"]'] },
  {
    id: 'fb-page',
    site: 'facebook',
    open: '[data-open="fb-page"]',
    editors: ['[data-surface="fb-page"] [role="textbox"]'],
    button: '[data-surface="fb-page"] [aria-label="Next"]',
    key: { keys: ' ', on: 'button' },
    then: '[data-surface="fb-page"] [aria-label="Post"]',
    remount: ['[data-open="fb-page"]'],
  },
  { id: 'fb-comment', site: 'facebook', editors: ['[data-surface="fb-comment"] [role="textbox"]'], button: '[data-surface="fb-comment"] [aria-label="Comment"]', key: { keys: 'Enter', on: 'editor' }, remount: ['[data-toggle="fb-comment"]', '[data-toggle="fb-comment"]'] },
  { id: 'fb-reply', site: 'facebook', editors: ['[data-surface="fb-reply"] [role="textbox"]'], button: '[data-surface="fb-reply"] [aria-label="Comment"]', key: { keys: 'Enter', on: 'editor' }, remount: ['[data-toggle="fb-comment"]', '[data-toggle="fb-comment"]'] },
  { id: 'ig-caption', site: 'instagram', open: '[data-open="ig-caption"]', editors: ['[data-surface="ig-caption"] [role="textbox"]'], button: '[data-surface="ig-caption"] .head [role="button"]', key: { keys: 'Enter', on: 'button' }, remount: ['[data-open="ig-caption"]'] },
  { id: 'ig-comment', site: 'instagram', editors: ['[data-surface="ig-comment"] textarea'], button: '[data-surface="ig-comment"] [role="button"]', key: { keys: 'Enter', on: 'editor' }, remount: ['[data-toggle="ig-comment"]', '[data-toggle="ig-comment"]'] },
];

/** Surfaces whose post button ignores clicks made by script: "Post anyway" cannot re-send there. */
export const STRICT_SURFACES: Surface[] = [
  { id: 'x-strict', site: 'x', editors: ['[data-surface="x-strict"] [data-testid="tweetTextarea_0"]'], button: '[data-surface="x-strict"] [data-testid="tweetButtonInline"]', key: { keys: CMD, on: 'editor' }, remount: [] },
];

/** X (Twitter): selectors for the timeline box, the pop-up, replies, quotes, threads and the narrow textarea. */
import { defineSite } from './define';

export const x = defineSite({
  id: 'x',
  hosts: ['x.com', 'twitter.com'],
  selectors: {
    // tweetTextarea_0, _1 ... : a thread has one per post, all checked.
    editors: [
      '[data-testid^="tweetTextarea_"][contenteditable="true"]',
      'textarea[data-testid^="tweetTextarea_"]',
      '[data-testid^="tweetTextarea_"] [contenteditable="true"]',
      '[role="textbox"].public-DraftEditor-content',
      '.public-DraftEditor-content[contenteditable="true"]',
    ],
    submitButtons: ['[data-testid="tweetButtonInline"]', '[data-testid="tweetButton"]'],
    composers: ['[role="dialog"]', '[data-testid="toolBar"]', 'form'],
    enterSends: [],
    submitLabels: ['Post', 'Post all', 'Reply', 'Tweet', 'Tweet all'],
    modEnterSends: true,
  },
});

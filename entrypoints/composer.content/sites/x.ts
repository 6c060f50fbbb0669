/** X (Twitter): the home box, the pop-up (replies, quotes, threads), the status-page reply, the phone layout's textarea, and DMs. */
import { defineSite } from './define';

export const x = defineSite({
  id: 'x',
  hosts: ['x.com', 'twitter.com'],
  selectors: {
    // tweetTextarea_0, _1 ... : a thread has one per post, all checked. On a phone the box is a <textarea>, its test id on
    // the textarea itself or on a wrapper. DMs: the drawer's Draft box, and XChat's textarea.
    editors: [
      '[data-testid^="tweetTextarea_"][contenteditable="true"]',
      'textarea[data-testid^="tweetTextarea_"]',
      '[data-testid^="tweetTextarea_"] [contenteditable="true"]',
      '[data-testid^="tweetTextarea_"] textarea',
      '[data-testid="dmComposerTextInput"][contenteditable="true"]',
      '[data-testid="dmComposerTextInput"] [contenteditable="true"]',
      '[data-testid="dm-composer-textarea"]',
      'textarea[placeholder="Message"]',
      '[role="textbox"].public-DraftEditor-content',
      '.public-DraftEditor-content[contenteditable="true"]',
    ],
    // X's post buttons are real <button>s known by test id (tweetButton in the pop-up and on the phone page,
    // tweetButtonInline in the home box and the status-page reply); names are never needed.
    submitButtons: ['[data-testid="tweetButtonInline"]', '[data-testid="tweetButton"]', '[data-testid="dmComposerSendButton"]', '[data-testid="dm-composer-send-button"]'],
    composers: ['[role="dialog"]'],
    // DMs send on plain Enter (Shift+Enter is a new line); posts never do.
    enterSends: ['[data-testid="dmComposerTextInput"]', '[data-testid="dmComposerTextInput"] [contenteditable="true"]', '[data-testid="dm-composer-textarea"]', 'textarea[placeholder="Message"]'],
    enterSendsBeside: [],
    submitLabels: [],
    modEnter: 'command',
  },
});

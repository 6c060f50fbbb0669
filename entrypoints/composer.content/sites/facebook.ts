/** Facebook: Create post (Lexical in a dialog; "Post", or a Page's "Next" then "Post"), comments and replies, Messenger, m.facebook.com. */
import { defineSite } from './define';
import { FACEBOOK_LABELS } from './labels';

export const facebook = defineSite({
  id: 'facebook',
  hosts: ['facebook.com'],
  selectors: {
    editors: [
      '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
      '[data-lexical-editor="true"][contenteditable="true"]',
      '[role="textbox"][contenteditable="true"]',
      // m.facebook.com: server-drawn textareas (comments), and the composer's ServerTextArea whichever editable it holds.
      'textarea.multi-line-floating-textbox',
      '[data-mcomponent="ServerTextArea"] textarea',
      '[data-mcomponent="ServerTextArea"] [contenteditable="true"]',
    ],
    // Buttons are div[role=button] named by aria-label in the page's language. By structure: the comment arrow's
    // wrapper, and m.facebook.com's comment button; Post and Next are known by name, inside the Create post form only.
    submitButtons: ['#focused-state-composer-submit [role="button"]', 'button.textbox-submit-button', '[data-mcomponent="ServerTextArea"] ~ [role="button"][data-action-id]'],
    composers: [],
    // Messenger's chat box (aria-placeholder "Aa" in every language) and comment boxes in their form send on Enter.
    enterSends: [
      'form[role="presentation"] [role="textbox"]',
      '[contenteditable="true"][aria-placeholder="Aa"]',
      ...FACEBOOK_LABELS.message.map((m) => `[contenteditable="true"][aria-label="${m}"]`),
      '[contenteditable="true"][aria-label^="Write to "]',
    ],
    // However a comment box is wrapped, the comment arrow beside it means Enter sends (Shift+Enter is a new line).
    enterSendsBeside: ['#focused-state-composer-submit'],
    // A "Next" or "Post" elsewhere (stories, pagers, Manage posts, Marketplace) is not the composer's.
    submitLabels: [
      // Inside the Create post form, or beside it in the same dialog (whether the button sits in the form is unverified).
      { names: [...FACEBOOK_LABELS.post, ...FACEBOOK_LABELS.next], within: ['[role="dialog"] form[method="POST"]', '[role="dialog"] form[method="post"]', '[role="dialog"]:has(form[method="POST"] [role="textbox"])'] },
      { names: FACEBOOK_LABELS.comment, within: ['form[role="presentation"]'] },
      // m.facebook.com's composer screen: its "POST" button.
      { names: FACEBOOK_LABELS.post, within: ['[data-mcomponent="MScreen"]:has([data-mcomponent="ServerTextArea"])'] },
    ],
    modEnter: 'none',
  },
});

/** Instagram: the create flow's caption (Lexical, "Share" in the dialog's header), comment textareas (Enter or "Post"), and Direct. */
import { defineSite } from './define';
import { INSTAGRAM_LABELS } from './labels';

export const instagram = defineSite({
  id: 'instagram',
  hosts: ['instagram.com'],
  selectors: {
    editors: [
      '[role="dialog"] [role="textbox"][contenteditable="true"]',
      '[data-lexical-editor="true"][contenteditable="true"]',
      '[role="textbox"][contenteditable="true"]',
      'form textarea[aria-label]',
    ],
    submitButtons: ['form [type="submit"]'],
    composers: [],
    // Comment boxes in their form, and Direct's message box, send on Enter (Shift+Enter is a new line). Reels' comment
    // <input> (one report) is left out: "form input" would also take the log-in form's username box; a textarea with an
    // id (the profile's bio) is no comment box.
    enterSends: ['form textarea[placeholder]:not([id])', ...INSTAGRAM_LABELS.message.map((m) => `[contenteditable="true"][aria-label="${m}"]`)],
    enterSendsBeside: [],
    // Share and Post are named by their text only; they count inside the create dialog or the comment form, and an
    // icon's svg <title> (the feed's Share) is never read as a name.
    submitLabels: [
      { names: INSTAGRAM_LABELS.share, within: ['[role="dialog"]'] },
      { names: INSTAGRAM_LABELS.post, within: ['form'] },
      // Direct: the Send button beside the message box.
      { names: INSTAGRAM_LABELS.send, within: INSTAGRAM_LABELS.message.map((m) => `:has([contenteditable="true"][aria-label="${m}"])`) },
    ],
    modEnter: 'none',
  },
});

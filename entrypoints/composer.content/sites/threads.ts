/** Threads (threads.com, formerly threads.net): Lexical boxes in the compose dialog, a thread of several, "Post" by its text. */
import { defineSite } from './define';
import { THREADS_LABELS } from './labels';

export const threads = defineSite({
  id: 'threads',
  hosts: ['threads.com', 'threads.net'],
  selectors: {
    editors: ['[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', '[role="textbox"][contenteditable="true"]'],
    submitButtons: [],
    // "Add to thread" puts more boxes in the same dialog: one composer, every box checked.
    composers: ['[role="dialog"]'],
    enterSends: [],
    enterSendsBeside: [],
    // Post is a div[role=button] named only by its text, counted only inside the compose dialog.
    submitLabels: [{ names: THREADS_LABELS.post, within: ['[role="dialog"]'] }],
    modEnter: 'none',
  },
});

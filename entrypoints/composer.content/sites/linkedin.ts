/** LinkedIn: the share box (Quill, "Post" in its dialog) and comment boxes (TipTap on the feed, Quill on post pages). */
import { defineSite } from './define';
import { LINKEDIN_LABELS } from './labels';

export const linkedin = defineSite({
  id: 'linkedin',
  hosts: ['linkedin.com'],
  selectors: {
    editors: ['.ql-editor[contenteditable="true"]', '.ProseMirror[contenteditable="true"]', '[role="textbox"][contenteditable="true"]'],
    // By class, as LinkedIn's own markup and every 2024–26 script finds them; the names are a fallback.
    submitButtons: ['button.share-actions__primary-action', 'button.comments-comment-box__submit-button', 'button.comments-comment-box__submit-button--cr'],
    composers: [],
    // Enter is a new line everywhere; posts and comments go by their button.
    enterSends: [],
    enterSendsBeside: [],
    submitLabels: [{ names: [...LINKEDIN_LABELS.post, ...LINKEDIN_LABELS.comment], within: ['[role="dialog"]', 'form.comments-comment-box__form', '.comments-comment-box'] }],
    modEnter: 'none',
  },
});

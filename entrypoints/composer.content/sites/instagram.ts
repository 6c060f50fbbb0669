/** Instagram: the new-post caption (Lexical contenteditable, "Share") and comment textareas (Enter or "Post"). */
import { defineSite } from './define';

export const instagram = defineSite({
  id: 'instagram',
  hosts: ['instagram.com'],
  selectors: {
    editors: [
      '[role="dialog"] [role="textbox"][contenteditable="true"]',
      '[data-lexical-editor="true"][contenteditable="true"]',
      'form textarea',
      'textarea[aria-label]',
    ],
    submitButtons: [
      'form [type="submit"]',
      '[role="dialog"] [role="button"][aria-label="Share"]',
    ],
    composers: ['form', '[role="dialog"]', 'section'],
    // Comment textareas post on Enter (Shift+Enter is a new line).
    enterSends: ['form textarea'],
    submitLabels: ['Share', 'Post', 'Partager', 'Publier', 'Compartir', 'Publicar', 'Teilen', 'Posten'],
    modEnterSends: false,
  },
});

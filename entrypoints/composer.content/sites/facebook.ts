/** Facebook: the post composer (Lexical in a dialog, Post and the Page "Next" step) and comment boxes. */
import { defineSite } from './define';

export const facebook = defineSite({
  id: 'facebook',
  hosts: ['facebook.com'],
  selectors: {
    editors: [
      '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
      '[data-lexical-editor="true"][contenteditable="true"]',
      '[role="textbox"][contenteditable="true"]',
    ],
    // Facebook's buttons are div[role=button] named by aria-label; the names are localised, so
    // the English ones here sit beside structural hooks and the label list below.
    submitButtons: [
      '[role="dialog"] form [role="button"][aria-label="Post"]',
      '[role="button"][aria-label="Post"]',
      '[role="button"][aria-label="Next"]',
      '[role="dialog"] form [type="submit"]',
      'form[role="presentation"] [type="submit"]',
    ],
    composers: ['form[role="presentation"]', '[role="dialog"]', 'form'],
    // Comment and reply boxes live in form[role=presentation]; there plain Enter sends.
    enterSends: ['form[role="presentation"] [data-lexical-editor="true"]', 'form[role="presentation"] [role="textbox"]'],
    submitLabels: ['Post', 'Next', 'Comment', 'Publier', 'Suivant', 'Publicar', 'Siguiente', 'Posten', 'Weiter'],
    modEnterSends: false,
  },
});

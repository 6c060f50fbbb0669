/** Bluesky (bsky.app): TipTap boxes in the composer dialog, composerPublishBtn, and Cmd/Ctrl+Enter (read by event.code). */
import { defineSite } from './define';

export const bluesky = defineSite({
  id: 'bluesky',
  hosts: ['bsky.app'],
  selectors: {
    editors: ['[role="textbox"][contenteditable="true"][aria-label="Rich-Text Editor"]', '.ProseMirror[contenteditable="true"]'],
    submitButtons: ['[data-testid="composerPublishBtn"]'],
    composers: ['[role="dialog"]'],
    enterSends: [],
    enterSendsBeside: [],
    submitLabels: [],
    // TextInput.web.tsx: (metaKey || ctrlKey) && code === 'Enter', on every platform.
    modEnter: 'either',
  },
});

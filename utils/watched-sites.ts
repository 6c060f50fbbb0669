/** The pages Second Look watches: one list for the content script's matches and the popup's "is this site watched". */
export const WATCHED_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://*.facebook.com/*',
  'https://*.instagram.com/*',
  'https://*.linkedin.com/*',
  'https://*.threads.com/*',
  'https://*.threads.net/*',
  'https://bsky.app/*',
];

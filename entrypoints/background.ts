import { defineBackground } from 'wxt/utils/define-background';
import { listenForHealth } from '../utils/health-badge';

export default defineBackground(() => {
  // The toolbar icon shows when a content script could not check (issue 3).
  listenForHealth();
  // Pack loading arrives with the pack-distribution work.
});

/** The page where attached pictures are checked, off the site's page: the Chrome offscreen document, or an iframe in Firefox's background page. */
import { browser } from 'wxt/browser';
import { isImageRunRequest, type ImageCheckReply } from '../../vision/protocol';
import { runImageCheck } from '../../vision/offscreen/run';

browser.runtime.onMessage.addListener((message: unknown): Promise<ImageCheckReply> | undefined => {
  if (!isImageRunRequest(message)) return undefined;
  return runImageCheck(message).then(
    (report): ImageCheckReply => ({ ok: true, report }),
    (error: unknown): ImageCheckReply => ({ ok: false, reason: error instanceof Error ? error.message : String(error) }),
  );
});

/** The page where attached pictures are checked, off the site's page: the Chrome offscreen document, or an iframe in Firefox's background page. */
import { browser } from 'wxt/browser';
import { IDLE_MESSAGE, IDLE_MS, isImageRunRequest, type ImageCheckReply } from '../../vision/protocol';
import { runImageCheck, warmUp } from '../../vision/offscreen/run';
import { TABLES_ONLY, isTablesBuildRequest, type TablesBuildReply } from '../../utils/tables-build';
import { mark, newTimeline } from '../../vision/timeline';

// The page opens when a picture is on its way (load the models while it is read and sent), or only to build a pack's
// tables: then the models load with the first picture, if one comes.
if (location.hash !== TABLES_ONLY) warmUp();

let idle: ReturnType<typeof setTimeout> | undefined;
let running = 0;

/** Asks the background to close this page once no picture has come for a while (Chrome's worker may have slept since). */
function closeWhenIdle() {
  clearTimeout(idle);
  if (running) return;
  idle = setTimeout(() => void browser.runtime.sendMessage({ type: IDLE_MESSAGE }).catch(() => {}), IDLE_MS);
}

// Opened ahead of a picture (a file picker), it closes as after a check if none comes.
closeWhenIdle();

browser.runtime.onMessage.addListener((message: unknown): Promise<ImageCheckReply | TablesBuildReply> | undefined => {
  if (isTablesBuildRequest(message)) {
    clearTimeout(idle);
    running++;
    // The engine (the language library among it) is a chunk loaded only for this.
    return import('./build-tables')
      .then(({ buildTables }) => buildTables(message.pack))
      .catch((error: unknown): TablesBuildReply => ({ ok: false, reason: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        running--;
        closeWhenIdle();
      });
  }
  if (!isImageRunRequest(message)) return undefined;
  const timeline = newTimeline();
  mark(timeline, 'page: request in');
  clearTimeout(idle);
  running++;
  return runImageCheck(message, timeline).then((report) => {
    mark(timeline, 'page: reply sent');
    return timeline ? { ...report, timeline } : report;
  }).finally(() => {
    running--;
    closeWhenIdle();
  }).then(
    (report): ImageCheckReply => ({ ok: true, report }),
    (error: unknown): ImageCheckReply => ({ ok: false, reason: error instanceof Error ? error.message : String(error) }),
  );
});

/**
 * Background side of image checks: starts the checking page only when a picture arrives (Chrome's offscreen
 * document, or an iframe in Firefox's background page), hands it the picture, and closes it when idle.
 */
import { browser } from 'wxt/browser';
import { IDLE_MESSAGE, IDLE_MS, IMAGE_WARM_MESSAGE, isImageCheckRequest, type ImageCheckReply, type ImageRunRequest } from './protocol';
import { VISION_PATHS } from './paths';
import { TABLES_ONLY, type TablesBuildReply, type TablesBuildRequest } from '../utils/tables-build';
import { mark, newTimeline } from './timeline';



interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

const offscreen = (): OffscreenApi | undefined => (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

let opening: Promise<void> | null = null;
let frame: HTMLIFrameElement | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let running = 0;

async function openPage(forTables = false): Promise<void> {
  const url = VISION_PATHS.offscreenPage + (forTables ? TABLES_ONLY : '');
  const api = offscreen();
  if (api) {
    if (await api.hasDocument?.()) return;
    await api.createDocument({
      // Chrome lists no reason for "compute": the page is the picture-checking page, opened under its reasons also to
      // build a pack's tables.
      url,
      // OCR runs in a Web Worker; the pictures arrive as data: URLs decoded to blobs.
      reasons: ['WORKERS', 'BLOBS'],
      justification: 'Check a picture the user attached for the setting logo, words and faces, on this machine.',
    });
    return;
  }
  if (typeof document === 'undefined') throw new Error('no offscreen document and no background page to check pictures in');
  frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(url as '/offscreen.html');
  await new Promise<void>((resolve, reject) => {
    frame!.onload = () => resolve();
    frame!.onerror = () => reject(new Error('the checking page did not load'));
    document.body.append(frame!);
  });
}

function ensurePage(forTables = false): Promise<void> {
  opening ??= openPage(forTables).catch((error) => {
    opening = null;
    throw error;
  });
  return opening;
}

async function closePage(): Promise<void> {
  if (running) return;
  opening = null;
  if (frame) {
    frame.remove();
    frame = null;
  } else {
    await offscreen()?.closeDocument().catch(() => {});
  }
}

export async function checkImage(run: ImageRunRequest): Promise<ImageCheckReply> {
  clearTimeout(idleTimer);
  running++;
  const timeline = newTimeline();
  mark(timeline, 'background: request in');
  try {
    await ensurePage();
    mark(timeline, 'background: checking page open');
    const reply = (await browser.runtime.sendMessage(run)) as ImageCheckReply | undefined;
    mark(timeline, 'background: reply in');
    if (timeline && reply?.ok) reply.report.timeline = [...timeline.slice(0, 2), ...(reply.report.timeline ?? []), ...timeline.slice(2)];
    return reply ?? { ok: false, reason: 'the checking page did not answer' };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    running--;
    idleTimer = setTimeout(() => void closePage(), IDLE_MS);
  }
}

/**
 * Asks the checking page to build a pack's tables (utils/tables-build.ts), opening it without its picture models if it
 * is not open; it closes after IDLE_MS like after a picture.
 */
export async function askForTables(request: TablesBuildRequest): Promise<TablesBuildReply | undefined> {
  clearTimeout(idleTimer);
  running++;
  try {
    await ensurePage(true);
    return (await browser.runtime.sendMessage(request)) as TablesBuildReply | undefined;
  } finally {
    running--;
    idleTimer = setTimeout(() => void closePage(), IDLE_MS);
  }
}

/**
 * Opens the checking page ahead of a picture (its models load as it opens, while the person picks a file); closed after
 * IDLE_MS like any other, so a picker opened and cancelled costs the page's memory for that long only.
 */
export function warmImageChecks(): void {
  ensurePage().then(
    () => {
      if (running) return;
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => void closePage(), IDLE_MS);
    },
    () => {},
  );
}

export function listenForImageChecks(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: { url?: string }): Promise<ImageCheckReply> | undefined => {
    // Only the checking page itself may say it is idle; a check still running keeps it open (closePage waits for none).
    if ((message as { type?: string } | null)?.type === IDLE_MESSAGE && sender.url?.startsWith(browser.runtime.getURL(VISION_PATHS.offscreenPage as '/offscreen.html'))) {
      void closePage();
      return undefined;
    }
    if ((message as { type?: string } | null)?.type === IMAGE_WARM_MESSAGE) {
      warmImageChecks();
      return undefined;
    }
    if (!isImageCheckRequest(message)) return undefined;
    return checkImage({ type: 'second-look/image-run', image: message.image, logos: message.logos, demoLogos: message.demoLogos === true });
  });
}

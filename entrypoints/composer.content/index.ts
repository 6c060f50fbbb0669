/** Wires Second Look into a compose page: pack, intercept, highlights and descriptions. Runtime code only inside main(ctx). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { siteFor } from './sites';
import { activePack, watchPack } from './pack-source';
import { installIntercept } from './intercept';
import { installWatch } from './watch';
import { Highlights } from './highlights';
import { Descriptions } from './describe';
import { isWarningOpen, settleWarning, showNotice, showWarning, updateWarning } from './warn';
import { installAttachments } from './attachments';
import { imageFindings } from './image-findings';
import type { ImageCheckReply, ImageCheckRequest } from '../../vision/protocol';
import { currentProblem, describe, reportProblem } from './health';
import { removeOverlay } from './overlay';
import { isStatusRequest, type StatusReply } from '../../utils/messages';
import { exposeTimings } from './timings';
import { trackCarets } from './caret';
import { WATCHED_MATCHES } from '../../utils/watched-sites';

const SITE_NAMES = { x: 'X', facebook: 'Facebook', instagram: 'Instagram' } as const;
/** A picture check still running after this long is reported as not done and no longer holds the post. */
const PICTURE_LIMIT_MS = 30_000;

export default defineContentScript({
  matches: WATCHED_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    const startedAt = performance.now();
    const site = siteFor(location.hostname);
    if (!site) return;
    ctx.onInvalidated(watchPack());
    ctx.onInvalidated(removeOverlay);

    /** The check as every part uses it: the pack in force now, whatever storage did meanwhile. */
    const check = (text: string) => activePack().check(text);
    const timings = exposeTimings();

    trackCarets(ctx, site);
    // Pictures are checked from the moment they are attached, in the extension's own page, never on this one.
    const attachments = installAttachments(ctx, {
      site,
      limitMs: PICTURE_LIMIT_MS,
      send: (image) => browser.runtime.sendMessage({ type: 'second-look/image-check', image, logos: activePack().logos } satisfies ImageCheckRequest) as Promise<ImageCheckReply>,
      toFindings: (name, reply) => imageFindings({ name, reply, rules: activePack().imageRules, check }),
    });
    installIntercept(ctx, {
      site,
      siteName: SITE_NAMES[site.id],
      check,
      policyTitle: () => activePack().policyTitle,
      pictures: attachments.pictures,
      forgetPictures: attachments.forget,
      updateWarning,
      settleWarning,
      warn: (items, siteName, title, pictures) => {
        const promise = showWarning(items, siteName, title, pictures);
        timings.dialogShown();
        return promise;
      },
      isWarningOpen,
      notice: (message) => showNotice(message),
      onHeld: (_sub, _items, eventTime) => timings.held(eventTime),
    });

    const highlights = new Highlights();
    const descriptions = new Descriptions(highlights, site);
    installWatch(ctx, { site, check, highlights, descriptions, onUpdated: timings.highlighted });

    const onMessage = (message: unknown): Promise<StatusReply> | undefined => {
      if (!isStatusRequest(message)) return undefined;
      let pack: StatusReply['pack'] = null;
      try {
        pack = activePack().info;
      } catch (error) {
        reportProblem(`no pack could be compiled (${describe(error)})`);
      }
      return Promise.resolve({ watched: true, site: SITE_NAMES[site.id], pack, problem: currentProblem() });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    performance.measure('second-look:main', { start: startedAt, end: performance.now() });
  },
});

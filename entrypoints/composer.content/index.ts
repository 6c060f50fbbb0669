/** Wires Second Look into a compose page: pack, intercept, highlights and descriptions. Runtime code only inside main(ctx). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { siteFor } from './sites';
import { activePack, packLoading, packMissing, packReady, watchPack } from './pack-source';
import { onFirstComposerUse } from './first-use';
import { installIntercept } from './intercept';
import { installWatch } from './watch';
import { Highlights } from './highlights';
import { Descriptions } from './describe';
import { configureWarning, isWarningOpen, settleWarning, showNotice, showWarning, updateWarning } from './warn';
import { dismiss, isDismissed, watchDismissed } from './dismissed';
import { replaceWords, selectWords } from './edit-text';
import { installAttachments } from './attachments';
import { imageFindings } from './image-findings';
import { IMAGE_WARM_MESSAGE, type ImageCheckReply, type ImageCheckRequest } from '../../vision/protocol';
import { currentProblem, describe, reportProblem } from './health';
import { layer, removeOverlay } from './overlay';
import { isStatusRequest, type StatusReply } from '../../utils/messages';
import { exposeTimings, timingsOn } from './timings';
import { ExtensionLifetime } from './lifetime';
import { showOrphaned } from './orphan';
import { restoreCaret, trackCarets } from './caret';
import { CountBadge } from './count';
import { eventTarget } from './sites/define';
import { WATCHED_MATCHES } from '../../utils/watched-sites';

const SITE_NAMES = { x: 'X', facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn', threads: 'Threads', bluesky: 'Bluesky' } as const;
/** A picture check still running after this long is reported as not done and no longer holds the post. */
const PICTURE_LIMIT_MS = 30_000;
/** How long after a route change took a held post's composer away a composer coming back with its words is looked for. */
const REMOUNT_WAIT_MS = 60_000;

export default defineContentScript({
  matches: WATCHED_MATCHES,
  runAt: 'document_start',
  // WXT's "newer script started" message would name this script to every page through postMessage.
  noScriptStartedPostMessage: true,
  main() {
    const startedAt = performance.now();
    const site = siteFor(location.hostname);
    if (!site) return;
    // Not WXT's ctx: one DOM event from the page would end that one (lifetime.ts).
    const ctx = new ExtensionLifetime();
    // The host first: a script orphaned by an update sees this newer one's and stays quiet (orphan.ts).
    layer('notice');
    ctx.onInvalidated(watchPack());
    ctx.onInvalidated(removeOverlay);

    ctx.onInvalidated(watchDismissed());
    let watch: { refresh(editor: HTMLElement): void } | null = null;
    /** Each reason the posts here are not checked, said once on the page, for long enough to be read. */
    let notCheckedShown: string | null = null;
    const sayNotChecked = (reason: string) => {
      if (reason === notCheckedShown) return;
      notCheckedShown = reason;
      showNotice(reason.startsWith('Second Look') ? reason : `Second Look: ${reason}`, 600_000);
    };
    /** The check as every part uses it: the pack in force now, whatever storage did meanwhile, less what the user said is fine. */
    const check = (text: string) => {
      const pack = activePack();
      const found = pack.check(text);
      return pack.allowNotAProblem ? found.filter((f) => !isDismissed(f)) : found;
    };
    configureWarning({
      pack: () => {
        const pack = activePack();
        return { settingName: pack.info.setting, policyUrl: pack.policyUrl, contact: pack.contact, allowNotAProblem: pack.allowNotAProblem };
      },
      show: (card) => {
        if (card.editor) selectWords(site, card.editor, card.start, card.end, card.match);
      },
      fix: async (card) => {
        if (!card.editor || !card.fix) return false;
        const ok = await replaceWords(site, card.editor, card.start, card.end, card.match, card.fix.replacement);
        if (!ok) showNotice('Second Look could not change the post for you: edit it yourself, the words are still there.');
        return ok;
      },
      dismiss: (card) => card.items.forEach((i) => dismiss(i.finding)),
      // The composer came back (the route changed back) with the held words: marked again at once, not at the next keystroke.
      composerLeft: (items) => {
        const texts = new Set(items.flatMap((i) => (i.editor ? [i.text] : [])));
        const look = () => {
          for (const composer of site.findComposers(document)) {
            for (const editor of composer.editors) {
              if (!texts.has(site.readText(editor).text)) continue;
              stop();
              watch?.refresh(editor);
              return;
            }
          }
        };
        // At most every 200 ms, not at each of an SPA's thousands of mutations.
        let pending = false;
        const seek = new MutationObserver(() => {
          if (pending) return;
          pending = true;
          ctx.setTimeout(() => {
            pending = false;
            look();
          }, 200);
        });
        const stop = () => seek.disconnect();
        seek.observe(document.documentElement, { childList: true, subtree: true });
        ctx.setTimeout(stop, REMOUNT_WAIT_MS);
        ctx.onInvalidated(stop);
      },
      recheck: (items) => {
        const editors = [...new Set(items.flatMap((i) => (i.editor && i.from === undefined ? [i.editor] : [])))];
        const pictures = items.filter((i) => i.from !== undefined);
        return [
          ...editors.filter((e) => e.isConnected).flatMap((editor) => {
            const text = site.readText(editor).text;
            return check(text).map((finding) => ({ finding, text, editor }));
          }),
          ...pictures,
        ];
      },
    });
    const timings = exposeTimings();
    // The engine is loaded and the pack compiled only once a composer is used: a page that is only read pays nothing.
    onFirstComposerUse(ctx, site, (eventTime) => {
      packReady().then(
        () => timings.engineReady(eventTime),
        (error) => {
          reportProblem(describe(error));
          // Said on the page as the person starts to write, not only on an icon they may never look at.
          sayNotChecked(packMissing() ?? `Second Look could not load its checks (${describe(error)}), so posts here are not being checked.`);
        },
      );
    });

    trackCarets(ctx, site);
    // Pictures are checked from the moment they are attached, in the extension's own page, never on this one.
    const attachments = installAttachments(ctx, {
      site,
      limitMs: PICTURE_LIMIT_MS,
      send: (image) =>
        packReady().then(() => {
          const pack = activePack();
          return browser.runtime.sendMessage({ type: 'second-look/image-check', image, logos: pack.logos, demoLogos: pack.demo } satisfies ImageCheckRequest) as Promise<ImageCheckReply>;
        }),
      toFindings: (name, reply) => imageFindings({ name, reply, rules: activePack().imageRules, check }),
      warm: () => void browser.runtime.sendMessage({ type: IMAGE_WARM_MESSAGE }).catch(() => {}),
    });
    installIntercept(ctx, {
      site,
      siteName: SITE_NAMES[site.id],
      check,
      loading: packLoading,
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
    const count = new CountBadge((items) => {
      if (isWarningOpen()) return;
      const editors = [...new Set(items.flatMap((i) => (i.editor ? [i.editor] : [])))];
      void showWarning(items, SITE_NAMES[site.id], activePack().policyTitle, undefined, 'review').then(() => restoreCaret(editors));
    });
    ctx.addEventListener(window, 'keydown', (e: KeyboardEvent) => {
      const target = eventTarget(e);
      if (!count.isReviewKey(e, target && site.editorOf(target))) return;
      e.preventDefault();
      e.stopPropagation();
      count.review();
    }, { capture: true });
    watch = installWatch(ctx, { site, check, loading: packLoading, highlights, descriptions, count, onUpdated: timings.highlighted });

    const onMessage = (message: unknown): Promise<StatusReply> | undefined => {
      if (!isStatusRequest(message)) return undefined;
      // The popup names the pack in force, so asking loads it here if no composer has yet.
      return packReady().then(
        () => ({ watched: true, site: SITE_NAMES[site.id], pack: activePack().info, problem: currentProblem(), loadedFrom: activePack().loadedFrom }),
        (error) => {
          if (!packMissing()) reportProblem(`no pack could be compiled (${describe(error)})`);
          return { watched: true, site: SITE_NAMES[site.id], pack: null, problem: currentProblem() };
        },
      );
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    // The setting's rules not loaded: said plainly on the page as soon as the user starts to write, not only on the icon.
    ctx.addEventListener(window, 'focusin', (e: FocusEvent) => {
      const missing = packMissing();
      const target = eventTarget(e);
      if (missing && target && site.editorOf(target)) sayNotChecked(missing);
    }, { capture: true, passive: true });

    // Last, so it runs after the overlay is taken down: the notice is all that stays.
    ctx.onInvalidated(showOrphaned);
    if (timingsOn()) performance.measure('second-look:main', { start: startedAt, end: performance.now() });
  },
});

/** Holds a post that has medium/high findings until the user chooses; lets clean posts, and any failure, straight through. */
import type { Lifetime } from './lifetime';
import type { Finding } from '../../rules';
import type { FindingItem } from '../../components/FindingList';
import type { Composer, SiteAdapter, Submission } from './sites';
import { describe, reportProblem } from './health';
import type { Choice, PictureStatus } from './warn';
import { restoreCaret } from './caret';
import type { PictureCheck } from './attachments';

export interface InterceptDeps {
  site: SiteAdapter;
  siteName: string;
  check(text: string): Finding[];
  /** While the checks are still loading, the promise to wait on; null once check() can run. */
  loading?(): Promise<void> | null;
  policyTitle(): string | undefined;
  warn(items: FindingItem[], siteName: string, policyTitle?: string, pictures?: PictureStatus): Promise<Choice>;
  isWarningOpen(): boolean;
  /** Pictures attached to a composer and their checks (issue 5); absent, posts are judged on their text alone. */
  pictures?(composer: Composer): PictureCheck[];
  /** The post went: its pictures' results are dropped. */
  forgetPictures?(composer: Composer): void;
  /** Redraws the open dialog as picture results arrive, or closes it with a choice when they leave nothing to hold for. */
  updateWarning?(items: FindingItem[], pictures: PictureStatus): void;
  settleWarning?(choice: Choice): void;
  notice(message: string): void;
  /** Called when a post is held, with the event's time stamp (for the benchmark). */
  onHeld?(sub: Submission, items: FindingItem[], eventTime: number): void;
}

/** How long "Post anyway" counts for the same text in the same composer (a Page's "Next" then "Post", a second press). */
const ACK_MS = 120_000;
const RESEND_CHECK_MS = 1000;

interface Acknowledged {
  texts: string;
  until: number;
}

function textsOf(site: SiteAdapter, composer: Composer): string[] {
  return composer.editors.filter((e) => e.isConnected).map((e) => site.readText(e).text);
}

export function installIntercept(ctx: Lifetime, deps: InterceptDeps): void {
  const { site } = deps;
  const acknowledged = new WeakMap<Element, Acknowledged>();
  /** Composers whose post press waits for the checks to load: a second press meanwhile must not send twice. */
  const waiting = new WeakSet<Element>();
  let bypass = false;

  /** Each finding with its text and editor, so the warning can show the words there or take them out. */
  const findings = (composer: Composer): FindingItem[] =>
    composer.editors
      .filter((e) => e.isConnected)
      .flatMap((editor) => {
        const text = site.readText(editor).text;
        return deps.check(text).map((finding) => ({ finding, text, editor }));
      });
  const serious = (items: FindingItem[]) => items.some((i) => i.finding.severity !== 'low');

  /** Text findings plus what the composer's pictures found so far, and which are still being checked. */
  function withPictures(composer: Composer, textItems: FindingItem[]): { items: FindingItem[]; status: PictureStatus } {
    const pics = deps.pictures?.(composer) ?? [];
    return {
      items: [...textItems, ...pics.flatMap((p) => p.findings?.items ?? [])],
      status: { checking: pics.filter((p) => !p.findings).map((p) => p.name), notDone: pics.flatMap((p) => p.findings?.notDone ?? []) },
    };
  }

  /** Keeps an open dialog in step with picture checks; if they end with nothing worth holding, the post goes on. */
  function followPictures(composer: Composer, textItems: FindingItem[]) {
    for (const pic of deps.pictures?.(composer) ?? []) {
      if (pic.findings) continue;
      void pic.settled.then(() => {
        const now = withPictures(composer, textItems);
        if (now.status.checking.length || serious(now.items)) deps.updateWarning?.(now.items, now.status);
        else {
          if (now.status.notDone.length) deps.notice(`Second Look could not finish checking the picture, so the post went ahead: ${now.status.notDone.join('; ')}`);
          deps.settleWarning?.('post');
        }
      });
    }
  }

  async function hold(sub: Submission, textItems: FindingItem[], texts: string[], eventTime: number) {
    const { items, status } = withPictures(sub.composer, textItems);
    deps.onHeld?.(sub, items, eventTime);
    const pictures = status.checking.length || status.notDone.length;
    const asked = pictures ? deps.warn(items, deps.siteName, deps.policyTitle(), status) : deps.warn(items, deps.siteName, deps.policyTitle());
    followPictures(sub.composer, textItems);
    const choice = await asked;
    // Back to the editor with the caret where it was; for a keyboard re-send the key lands there too.
    restoreCaret(sub.composer.editors);
    if (choice === 'edit') return;
    deps.forgetPictures?.(sub.composer);
    const key = texts.join('\u0000');
    acknowledged.set(sub.composer.root, { texts: key, until: Date.now() + ACK_MS });
    resend(sub);
    ctx.setTimeout(() => {
      const still = sub.composer.editors.every((e) => e.isConnected) && textsOf(site, sub.composer).join('\u0000') === key;
      // The site ignored our re-send; the acknowledgement above lets the user's own next press through.
      if (still && key.trim()) deps.notice(`Second Look: ${deps.siteName} did not take the post. Press its post button again and it will go through.`);
    }, RESEND_CHECK_MS);
  }

  function resend(sub: Submission) {
    bypass = true;
    try {
      site.resend(sub);
    } catch (error) {
      reportProblem(`could not re-send the post (${describe(error)})`);
    } finally {
      bypass = false;
    }
  }

  /** A post pressed before the checks had loaded: judged once they have, then held or sent on. */
  function afterLoading(sub: Submission, loading: Promise<void>, eventTime: number) {
    const root = sub.composer.root;
    if (waiting.has(root)) return;
    waiting.add(root);
    loading
      .then(
        () => {
          let texts: string[];
          let items: FindingItem[];
          try {
            texts = textsOf(site, sub.composer);
            items = findings(sub.composer);
          } catch (error) {
            reportProblem(`the check failed (${describe(error)})`);
            return resend(sub);
          }
          const now = withPictures(sub.composer, items);
          if (serious(now.items) || now.status.checking.length) {
            if (!deps.isWarningOpen()) void hold(sub, items, texts, eventTime);
            return;
          }
          deps.forgetPictures?.(sub.composer);
          resend(sub);
        },
        (error: unknown) => {
          // Nothing could be checked at all: the post goes on (its words are never trapped) and the icon says why.
          reportProblem(describe(error));
          deps.notice(`Second Look could not load its checks, so the post went ahead unchecked (${describe(error)}).`);
          resend(sub);
        },
      )
      .finally(() => waiting.delete(root));
  }

  const onEvent = (event: Event) => {
    // Our own re-send passes once; synthetic events from the site are checked like the user's.
    if (bypass) return;
    let sub: Submission | null;
    let texts: string[];
    let items: FindingItem[];
    try {
      sub = site.isSubmit(event);
      if (!sub) return;
      const loading = deps.loading?.();
      if (loading) {
        // Pressed before the checks are ready (right after first focus): the post waits for them, never slips through.
        event.preventDefault();
        event.stopImmediatePropagation();
        afterLoading(sub, loading, event.timeStamp);
        return;
      }
      texts = textsOf(site, sub.composer);
      const ack = acknowledged.get(sub.composer.root);
      if (ack && ack.until > Date.now() && ack.texts === texts.join('\u0000') && !deps.pictures?.(sub.composer).length) return;
      items = findings(sub.composer);
    } catch (error) {
      // A broken check must never trap the user's words: the post goes on and the icon says why.
      reportProblem(`the check failed (${describe(error)})`);
      return;
    }
    const now = withPictures(sub.composer, items);
    if (!serious(now.items) && !now.status.checking.length) {
      deps.forgetPictures?.(sub.composer);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!deps.isWarningOpen()) void hold(sub, items, texts, event.timeStamp);
  };

  // keyup: Space on a div button may act there (ARIA's pattern), so it is held there too.
  for (const type of ['click', 'keydown', 'keyup', 'submit'] as const) {
    ctx.addEventListener(window, type, onEvent, { capture: true });
  }
}

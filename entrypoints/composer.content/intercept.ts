/** Holds a post that has medium/high findings until the user chooses; lets clean posts, and any failure, straight through. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '../../rules';
import type { FindingItem } from '../../components/FindingList';
import type { Composer, SiteAdapter, Submission } from './sites';
import { describe, reportProblem } from './health';
import type { Choice } from './warn';
import { restoreCaret } from './caret';

export interface InterceptDeps {
  site: SiteAdapter;
  siteName: string;
  check(text: string): Finding[];
  policyTitle(): string | undefined;
  warn(items: FindingItem[], siteName: string, policyTitle?: string): Promise<Choice>;
  isWarningOpen(): boolean;
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

export function installIntercept(ctx: ContentScriptContext, deps: InterceptDeps): void {
  const { site } = deps;
  const acknowledged = new WeakMap<Element, Acknowledged>();
  let bypass = false;

  const findings = (texts: string[]): FindingItem[] =>
    texts.flatMap((text) => deps.check(text).map((finding) => ({ finding, text })));

  async function hold(sub: Submission, items: FindingItem[], texts: string[], eventTime: number) {
    deps.onHeld?.(sub, items, eventTime);
    const choice = await deps.warn(items, deps.siteName, deps.policyTitle());
    // Back to the editor with the caret where it was; for a keyboard re-send the key lands there too.
    restoreCaret(sub.composer.editors);
    if (choice === 'edit') return;
    const key = texts.join('\u0000');
    acknowledged.set(sub.composer.root, { texts: key, until: Date.now() + ACK_MS });
    bypass = true;
    try {
      site.resend(sub);
    } catch (error) {
      reportProblem(`could not re-send the post (${describe(error)})`);
    } finally {
      bypass = false;
    }
    ctx.setTimeout(() => {
      const still = sub.composer.editors.every((e) => e.isConnected) && textsOf(site, sub.composer).join('\u0000') === key;
      // The site ignored our re-send; the acknowledgement above lets the user's own next press through.
      if (still && key.trim()) deps.notice(`Second Look: ${deps.siteName} did not take the post. Press its post button again and it will go through.`);
    }, RESEND_CHECK_MS);
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
      texts = textsOf(site, sub.composer);
      const ack = acknowledged.get(sub.composer.root);
      if (ack && ack.until > Date.now() && ack.texts === texts.join('\u0000')) return;
      items = findings(texts);
    } catch (error) {
      // A broken check must never trap the user's words: the post goes on and the icon says why.
      reportProblem(`the check failed (${describe(error)})`);
      return;
    }
    if (!items.some((i) => i.finding.severity !== 'low')) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!deps.isWarningOpen()) void hold(sub, items, texts, event.timeStamp);
  };

  for (const type of ['click', 'keydown', 'submit'] as const) {
    ctx.addEventListener(window, type, onEvent, { capture: true });
  }
}

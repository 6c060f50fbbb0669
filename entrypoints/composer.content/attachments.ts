/** Notices pictures attached to a composer (file picker, paste, drop), starts their check at once, and keeps each result until the post goes. */
import type { Lifetime } from './lifetime';
import type { Composer, SiteAdapter } from './sites';
import { eventTarget } from './sites/define';
import type { ImageCheckReply } from '../../vision/protocol';
import type { ImageFindings } from './image-findings';
import { describe, reportProblem } from './health';

/** One attached picture: its name, and its findings once the check is over (or given up). */
export interface PictureCheck {
  name: string;
  findings: ImageFindings | null;
  settled: Promise<ImageFindings>;
}

export interface AttachmentDeps {
  site: SiteAdapter;
  /** Sends the picture to be checked; resolves with the report. */
  send(image: string): Promise<ImageCheckReply>;
  /** Findings from a report, with the pack in force when it arrives. */
  toFindings(name: string, reply: ImageCheckReply): ImageFindings;
  /** After this long a check counts as not done: the post is never held for it. */
  limitMs: number;
  /** Called whenever a check settles (the intercept redraws an open dialog). */
  onSettled?(): void;
  /** Whether the person made this event, not a page script: `isTrusted` (a test DOM, whose events never are, passes its own). */
  fromPerson?(e: Event): boolean;
  /**
   * A picture may be on its way (a file picker opened, a file dragged over the page): the checks' models start loading
   * while the person chooses, so the first check does not wait for them. Sent at most once every WARM_EVERY_MS.
   */
  warm?(): void;
  /** Whether the page is handling a real person's click or key now (`navigator.userActivation`, which no script can fake). */
  personActive?(): boolean;
}

export interface Attachments {
  pictures(composer: Composer): PictureCheck[];
  forget(composer: Composer): void;
}

/** The checking page stays open this long after a warm-up anyway; more often would only be messages. */
const WARM_EVERY_MS = 5_000;

/** Pictures bigger than this are not read into memory at all (reported as not checked). */
const MAX_BYTES = 25 * 1024 * 1024;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the picture could not be read'));
    reader.readAsDataURL(file);
  });
}

/** An element and its ancestors: a picture keyed to a dialog belongs to every composer inside it. */
function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let cur: Element | null = el; cur; cur = cur.parentElement) out.push(cur);
  return out;
}

function imagesIn(list: FileList | null | undefined): File[] {
  return [...(list ?? [])].filter((f) => f.type.startsWith('image/'));
}

export function installAttachments(ctx: Lifetime, deps: AttachmentDeps): Attachments {
  const fromPerson = deps.fromPerson ?? ((e: Event) => e.isTrusted);
  const personActive = deps.personActive ?? (() => (navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive === true);
  let warmedAt = -Infinity;
  const warm = () => {
    if (!deps.warm || performance.now() - warmedAt < WARM_EVERY_MS) return;
    warmedAt = performance.now();
    deps.warm();
  };
  // Keyed by the composer's first editor (or, before one exists, the dialog it will be in): the one element a paste, a picker and a post button all agree on
  // (the composer's bounding element found from a picker or a button can differ from the one found from the editor).
  const byEditor = new WeakMap<Element, PictureCheck[]>();
  let lastEditor: Element | null = null;

  function check(file: File, name: string): Promise<ImageFindings> {
    const notDone = (why: string): ImageFindings => ({ items: [], notDone: [`${name}: not checked (${why})`] });
    if (file.size > MAX_BYTES) return Promise.resolve(notDone('too large'));
    const work = readAsDataUrl(file)
      .then((image) => deps.send(image))
      .then((reply) => deps.toFindings(name, reply));
    const limit = new Promise<ImageFindings>((resolve) => ctx.setTimeout(() => resolve(notDone(`took longer than ${Math.round(deps.limitMs / 1000)} s`)), deps.limitMs));
    return Promise.race([work, limit]).catch((error) => {
      reportProblem(`a picture could not be checked (${describe(error)})`);
      return notDone(describe(error));
    });
  }

  function attach(target: Element | null, files: File[], via: string) {
    if (!files.length) return;
    warm();
    // A picker in a dialog with no editor yet (Instagram's create flow: photo, Next, Next, caption) keys the picture to
    // that dialog, never to some other box on the page; the last-focused editor is only for pickers outside any container.
    const key = target ? (deps.site.editorOf(target) ?? deps.site.composerOf(target)?.editors[0] ?? deps.site.scopeOf(target) ?? lastEditor) : lastEditor;
    if (!key) return;
    const list = byEditor.get(key) ?? [];
    byEditor.set(key, list);
    for (const file of files) {
      const name = file.name && file.name !== 'image.png' ? `"${file.name}"` : `the ${via} picture`;
      const pic: PictureCheck = { name, findings: null, settled: check(file, name) };
      pic.settled.then((f) => {
        pic.findings = f;
        deps.onSettled?.();
      });
      list.push(pic);
    }
  }

  ctx.addEventListener(window, 'focusin', (e: FocusEvent) => {
    const t = eventTarget(e);
    const editor = t && deps.site.editorOf(t);
    if (editor) lastEditor = editor;
  }, { capture: true, passive: true });
  // Only the user's own events start a check: a page making up pastes or drops (or setting a file input's files
  // and firing "change") could otherwise hold every clean post behind checks it queued.
  ctx.addEventListener(window, 'change', (e: Event) => {
    if (!fromPerson(e)) return;
    const t = eventTarget(e);
    if (t instanceof HTMLInputElement && t.type === 'file') attach(t, imagesIn(t.files), 'chosen');
  }, { capture: true, passive: true });
  // A site's picture button usually clicks its hidden file input from its own handler (an event that is not trusted,
  // inside the person's click): the activation says a person is behind it. A page cannot fake either.
  ctx.addEventListener(window, 'click', (e: MouseEvent) => {
    const t = eventTarget(e);
    if (t instanceof HTMLInputElement && t.type === 'file' && (fromPerson(e) || personActive())) warm();
  }, { capture: true, passive: true });
  ctx.addEventListener(window, 'dragenter', (e: DragEvent) => {
    if (fromPerson(e) && e.dataTransfer?.types.includes('Files')) warm();
  }, { capture: true, passive: true });
  ctx.addEventListener(window, 'paste', (e: ClipboardEvent) => fromPerson(e) && attach(eventTarget(e), imagesIn(e.clipboardData?.files), 'pasted'), { capture: true, passive: true });
  ctx.addEventListener(window, 'drop', (e: DragEvent) => fromPerson(e) && attach(eventTarget(e), imagesIn(e.dataTransfer?.files), 'dropped'), { capture: true, passive: true });

  return {
    pictures: (composer) => [...composer.editors, ...ancestors(composer.root)].flatMap((e) => byEditor.get(e) ?? []),
    forget: (composer) => [...composer.editors, ...ancestors(composer.root)].forEach((e) => byEditor.delete(e)),
  };
}

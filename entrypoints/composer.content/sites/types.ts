/** The one shape every site adapter has: its selectors as data and the four things it does with them. */
import type { TextMap } from '../text-map';

/** A site's hooks, each list ranked most-stable first: role/aria/data-testid, then editor markers. */
export interface SiteSelectors {
  /** The editable boxes (contenteditable roots or textareas). */
  editors: string[];
  /** Controls that post what the composer holds, known by structure (test ids, ids, the form they sit in). */
  submitButtons: string[];
  /** Containers that are one composer whole (X's pop-up with every post of a thread): a composer found inside one widens to it. */
  composers: string[];
  /** Editors in which a plain Enter sends (comments, messages). */
  enterSends: string[];
  /** Controls beside which a plain Enter in the editor sends, however the box is wrapped (Facebook's comment arrow). */
  enterSendsBeside: string[];
  /**
   * Localised names of submit controls, a last resort behind submitButtons: each group counts only inside its own
   * containers (Facebook's "Next" inside the Create post form), and a name is never read from an svg's <title>.
   */
  submitLabels: NamedSubmit[];
  /**
   * Which Ctrl/Cmd+Enter posts from an editor: 'command' is the platform's command key as Draft.js has it (Cmd on a
   * Mac, Ctrl elsewhere; X), 'either' takes both (Bluesky), 'none' never.
   */
  modEnter: 'command' | 'either' | 'none';
}

/** Submit controls known by name: the names (any case) and where they count. */
export interface NamedSubmit {
  names: string[];
  within: string[];
}

/** One composer at the moment of an event: its bounding element and every editor in it (threads). */
export interface Composer {
  root: Element;
  editors: HTMLElement[];
  /** The button that posts, when the composer has one. */
  button: HTMLElement | null;
}

export type SubmitKind = 'click' | 'mod-enter' | 'enter' | 'button-key' | 'form';

/** A key press as the sites read it: key and code, and the legacy keyCode/which that X's binding and Draft.js test. */
export interface KeyRecord {
  key: string;
  code: string;
  keyCode: number;
  which: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** A post attempt the intercept may hold and later re-send. */
export interface Submission {
  kind: SubmitKind;
  composer: Composer;
  /** The element the event was aimed at (button, editor or form). */
  target: HTMLElement;
  /** For key submissions, enough to re-create the key press. */
  key?: KeyRecord;
}

export interface SiteAdapter {
  id: 'x' | 'facebook' | 'instagram' | 'linkedin' | 'threads' | 'bluesky';
  /** Hostnames this adapter serves (exact or a parent domain). */
  hosts: string[];
  selectors: SiteSelectors;
  /** Every composer on the page now. */
  findComposers(root: ParentNode): Composer[];
  /** The composer an element belongs to, found at event time. */
  composerOf(el: Element): Composer | null;
  /** Where a picture chosen here belongs before any editor exists: the composer's root, or the nearest dialog, article or form. */
  scopeOf(el: Element): Element | null;
  /** The editor an element sits in, if any. */
  editorOf(el: Element): HTMLElement | null;
  /** An editor's text exactly as the site will post it, with the map back to the DOM. */
  readText(editor: HTMLElement): TextMap;
  /** Whether this event is an attempt to post; null when it is not. */
  isSubmit(event: Event): Submission | null;
  /** Re-sends a held post once, as the user first asked. */
  resend(sub: Submission): void;
}

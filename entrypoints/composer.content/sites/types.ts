/** The one shape every site adapter has: its selectors as data and the four things it does with them. */
import type { TextMap } from '../text-map';

/** A site's hooks, each list ranked most-stable first: role/aria/data-testid, then editor markers. */
export interface SiteSelectors {
  /** The editable boxes (contenteditable roots or textareas). */
  editors: string[];
  /** Buttons that post what the composer holds. */
  submitButtons: string[];
  /** Containers that bound one composer; the nearest one holding an editor wins. */
  composers: string[];
  /** Editors in which a plain Enter sends (comments). */
  enterSends: string[];
  /** Localised button names: a last resort, never the only hook. */
  submitLabels: string[];
  /** Whether Ctrl/Cmd+Enter in an editor posts. */
  modEnterSends: boolean;
}

/** One composer at the moment of an event: its bounding element and every editor in it (threads). */
export interface Composer {
  root: Element;
  editors: HTMLElement[];
  /** The button that posts, when the composer has one. */
  button: HTMLElement | null;
}

export type SubmitKind = 'click' | 'mod-enter' | 'enter' | 'button-key' | 'form';

/** A post attempt the intercept may hold and later re-send. */
export interface Submission {
  kind: SubmitKind;
  composer: Composer;
  /** The element the event was aimed at (button, editor or form). */
  target: HTMLElement;
  /** For key submissions, enough to re-create the key press. */
  key?: { key: string; code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };
}

export interface SiteAdapter {
  id: 'x' | 'facebook' | 'instagram';
  /** Hostnames this adapter serves (exact or a parent domain). */
  hosts: string[];
  selectors: SiteSelectors;
  /** Every composer on the page now. */
  findComposers(root: ParentNode): Composer[];
  /** The composer an element belongs to, found at event time. */
  composerOf(el: Element): Composer | null;
  /** The editor an element sits in, if any. */
  editorOf(el: Element): HTMLElement | null;
  /** An editor's text exactly as the site will post it, with the map back to the DOM. */
  readText(editor: HTMLElement): TextMap;
  /** Whether this event is an attempt to post; null when it is not. */
  isSubmit(event: Event): Submission | null;
  /** Re-sends a held post once, as the user first asked. */
  resend(sub: Submission): void;
}

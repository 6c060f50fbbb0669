/** What a scenario needs from a browser, so the same cases run on Chromium (playwright-core) and later Firefox (puppeteer-core). */

export type Site = 'x' | 'facebook' | 'instagram';

export interface SentPost {
  surface: string;
  texts: string[];
  at: number;
}

export interface RequestRecord {
  url: string;
  body: string | null;
}

/** The warning dialog as a user would read it, taken from the page's open shadow root. */
export interface DialogView {
  role: string;
  name: string;
  text: string;
  /** Each finding's marked words, in the order shown. */
  marks: string[];
  /** Each finding's severity class, in the order shown. */
  severities: string[];
  postAnywayDisabled: boolean;
  hasConfirm: boolean;
  /** The accessible name of the focused element inside the dialog. */
  focused: string;
}

export interface SitePage {
  click(selector: string): Promise<void>;
  /** Focuses an element by keyboard-free means (for pressing keys on it). */
  focus(selector: string): Promise<void>;
  type(text: string): Promise<void>;
  press(keys: string): Promise<void>;
  evaluate<T>(fn: string): Promise<T>;
  sent(): Promise<SentPost[]>;
  dialog(): Promise<DialogView | null>;
  /** Clicks a button of the dialog by its exact name, with a real (trusted) click. */
  clickInDialog(name: string): Promise<void>;
  /** Whether the focused element is (inside) the element matching selector. */
  focusIsIn(selector: string): Promise<boolean>;
  wait(ms: number): Promise<void>;
  requests(): RequestRecord[];
}

export interface BrowserDriver {
  name: string;
  open(site: Site, path?: string): Promise<SitePage>;
  close(): Promise<void>;
}

/** What a scenario needs from a browser, so the same cases run on Chromium (playwright-core) and Firefox (puppeteer-core). */

import type { AxeSummary } from './axe';

export type Site = 'x' | 'facebook' | 'mfacebook' | 'instagram' | 'linkedin' | 'threads' | 'threadsnet' | 'bluesky';

export interface SentPost {
  surface: string;
  texts: string[];
  at: number;
}

export interface RequestRecord {
  url: string;
  body: string | null;
}

/** The warning dialog as a user would read it, taken from our closed shadow root through the automation protocol. */
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
  /** Keys as Playwright names them: "Control+Enter", "Escape", " ". */
  press(keys: string): Promise<void>;
  /** Moves the mouse to a point of the viewport (CSS pixels). */
  hover(x: number, y: number): Promise<void>;
  /** Touches a point of the viewport and lifts the finger (a phone page only; Firefox clicks: see OpenOptions.phone). */
  tap(x: number, y: number): Promise<void>;
  /** Saves what the page shows now, to be looked at. */
  screenshot(path: string): Promise<void>;
  evaluate<T>(fn: string): Promise<T>;
  /**
   * Runs a probe, the source of `(root) => …`, with Second Look's closed shadow root (null without a host), which the
   * test side reaches through the automation protocol (harness/shadow.ts); the page's own scripts cannot.
   */
  inShadow<T>(fn: string): Promise<T>;
  sent(): Promise<SentPost[]>;
  dialog(): Promise<DialogView | null>;
  /** Clicks a button of the dialog by its exact name, with a real (trusted) click. */
  clickInDialog(name: string): Promise<void>;
  /** Whether the focused element is (inside) the element matching selector. */
  focusIsIn(selector: string): Promise<boolean>;
  /** Makes this the visible tab: a hidden tab's timers and idle callbacks are throttled, and the content script checks at idle time. */
  bringToFront(): Promise<void>;
  wait(ms: number): Promise<void>;
  requests(): RequestRecord[];
  /**
   * Resolves once the extension's checks are loaded in this page (engine injected, pack compiled), asked from the
   * extension's side as the popup asks; throws, saying why, if they cannot load. The page itself is never told.
   */
  checksLoaded(): Promise<void>;
  /** Puts a file from disk into the file input matching selector, as the file picker does (the browser's own, trusted change). */
  chooseFile(selector: string, path: string): Promise<void>;
  /** The window's size in CSS pixels (200% zoom is a 550×450 window of a 1100×900 screen). */
  setViewport(width: number, height: number): Promise<void>;
  /** A real click at a point of the viewport (CSS pixels). */
  clickAt(x: number, y: number): Promise<void>;
  addStyle(css: string): Promise<void>;
  /** axe-core in this page: only inside shadowHost's (closed) shadow root when given. */
  axe(shadowHost?: string): Promise<AxeSummary>;
}

/** The options page, driven the way a person would. */
export interface OptionsPage {
  /** Clicks the button whose visible text is exactly `name`. */
  clickButton(name: string): Promise<void>;
  /** The text of the first element matching selector, or null when there is none. */
  text(selector: string): Promise<string | null>;
  /** Puts a file into the file input matching selector, as choosing it in the file picker would. */
  chooseFile(selector: string, path: string): Promise<void>;
  bringToFront(): Promise<void>;
}

/** The extension's own side. */
export interface ExtensionSide {
  /**
   * Evaluates an expression in an extension context where `ext` is the WebExtension API (Chromium's `chrome` in its
   * service worker, Firefox's `browser` in an extension page): storage and the toolbar badge, read as the extension reads them.
   */
  evaluate<T>(expression: string): Promise<T>;
  /** The options page, opened on first use and kept open beside the site pages. */
  options(): Promise<OptionsPage>;
}

export interface LaunchOptions {
  /**
   * Managed policy values for the extension, as a setting would deploy them. Each driver starts from its platform's
   * example in deploy/ and lays these values over it, then installs the policy the way its browser reads it.
   */
  policy?: Record<string, unknown>;
}

/** A phone as staff hold one: 360 CSS pixels wide (the narrowest common Android width), with touch. */
export const PHONE = { width: 360, height: 740, deviceScaleFactor: 2 };

export interface OpenOptions {
  /**
   * The page as a phone shows it: PHONE's viewport and touch input. Chromium emulates a mobile device over CDP (mobile
   * viewport, touch events); Firefox over BiDi sets the viewport only, and its taps are mouse clicks (headless Firefox
   * sends no touch or pen input over WebDriver).
   */
  phone?: boolean;
}

export interface BrowserDriver {
  name: string;
  open(site: Site, path?: string, options?: OpenOptions): Promise<SitePage>;
  extension(): Promise<ExtensionSide>;
  close(): Promise<void>;
}

/** Starts a browser with the built extension loaded, fixture pages served under the real hostnames. */
export interface DriverFactory {
  name: string;
  /** Why a managed policy cannot be installed here, or null when it can. */
  policyUnavailable(): string | null;
  launch(options?: LaunchOptions): Promise<BrowserDriver>;
}

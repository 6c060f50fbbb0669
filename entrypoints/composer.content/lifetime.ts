/**
 * How long the content script's listeners live: as long as the extension does (`browser.runtime.id` still there),
 * whatever the page does. WXT's own context also dies on a DOM event any page script can dispatch ("a newer content
 * script started", its name made of the public extension id), which would switch the checks off for the tab. This one
 * listens to nothing on the page; it ends only when the extension is gone (updated, reloaded, removed), and then says so.
 */
import { browser } from 'wxt/browser';

/** What the content script's parts need of a lifetime; WXT's ContentScriptContext has the same shape (tests use it). */
export interface Lifetime {
  readonly isValid: boolean;
  readonly signal: AbortSignal;
  onInvalidated(cb: () => void): () => void;
  setTimeout(handler: () => void, timeout?: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  addEventListener<T extends EventTarget>(target: T, type: string, handler: (event: never) => void, options?: AddEventListenerOptions): void;
}

export class ExtensionLifetime implements Lifetime {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** False once the extension is gone: its id disappears from an orphaned script's runtime. */
  get isValid(): boolean {
    if (!this.controller.signal.aborted && extensionGone()) this.controller.abort('the extension was updated, reloaded or removed');
    return !this.controller.signal.aborted;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => this.isValid && handler(), timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => this.isValid && callback(t));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  /** Each event first asks whether the extension is still there, so an orphan notices at the user's next keystroke or click. */
  addEventListener<T extends EventTarget>(target: T, type: string, handler: (event: never) => void, options: AddEventListenerOptions = {}): void {
    target.addEventListener(type, (event) => this.isValid && (handler as (e: Event) => void)(event), { ...options, signal: this.signal });
  }
}

function extensionGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

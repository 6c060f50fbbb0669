/** Calls start once, the first time the user focuses, types in or presses a key in one of the site's composers. */
import type { Lifetime } from './lifetime';
import type { SiteAdapter } from './sites';
import { eventTarget } from './sites/define';

const USE_EVENTS = ['focusin', 'pointerdown', 'input', 'keydown'] as const;

export function onFirstComposerUse(ctx: Lifetime, site: SiteAdapter, start: (eventTime: number) => void): void {
  const stop = new AbortController();
  ctx.onInvalidated(() => stop.abort());
  const onUse = (event: Event) => {
    const target = eventTarget(event);
    if (!target || !site.editorOf(target)) return;
    stop.abort();
    start(event.timeStamp);
  };
  for (const type of USE_EVENTS) window.addEventListener(type, onUse, { capture: true, passive: true, signal: stop.signal });
}

/**
 * The engine content script is not in the manifest: a page that is only read never evaluates it (issue 13).
 * The composer script asks for it when a composer is first used, and the background injects it into that frame.
 */
import { browser } from 'wxt/browser';
import { ENGINE_LIB_SCRIPTS } from './engine-libs';

/** Content script → background: inject the engine into my frame. */
export interface EngineLoadRequest {
  type: 'second-look/load-engine';
}

/** Where WXT writes the engine content script (entrypoints/engine.content.ts). */
export const ENGINE_SCRIPT = '/content-scripts/engine.js';

export function isEngineLoadRequest(m: unknown): m is EngineLoadRequest {
  return typeof m === 'object' && m !== null && (m as EngineLoadRequest).type === 'second-look/load-engine';
}

/**
 * Background: answers each request by running the engine's library scripts, then the engine script, in the asking
 * frame, in the extension's isolated world. One call per script: the files of one call are evaluated in one task.
 */
export function listenForEngineLoads(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEngineLoadRequest(message)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return Promise.resolve({ ok: false, reason: 'not asked from a tab' });
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    return ([...ENGINE_LIB_SCRIPTS, ENGINE_SCRIPT] as const)
      .reduce<Promise<unknown>>((before, file) => before.then(() => browser.scripting.executeScript({ target, files: [file] })), Promise.resolve())
      .then(
        () => ({ ok: true }),
        (error: unknown) => ({ ok: false, reason: error instanceof Error ? error.message : String(error) }),
      );
  });
}

/**
 * Reaches into Second Look's closed shadow root from the test side only, through the automation protocol: Chromium's
 * DevTools protocol describes a closed root (DOM.describeNode with pierce) and WebDriver BiDi serialises an element's
 * shadow root whatever its mode. The page itself gets nothing: no property, no global, no hook.
 *
 * A probe is a function's source, `(root) => …`, run in the page's main world with the root (a ShadowRoot, or null
 * when no <second-look-ui> is on the page) as its one argument; its value comes back by value.
 */
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

const HOST = `document.querySelector('second-look-ui')`;

const sessions = new WeakMap<PlaywrightPage, Promise<CDPSession>>();

/** Chromium: the host's closed root found with DOM.describeNode, the probe called on it with Runtime.callFunctionOn. */
export async function chromiumInShadow<T>(page: PlaywrightPage, fn: string): Promise<T> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  const cdp = await session;
  const group = `second-look-probe-${Math.random().toString(36).slice(2)}`;
  try {
    const { result: host } = await cdp.send('Runtime.evaluate', { expression: HOST, objectGroup: group });
    let rootId: string | undefined;
    if (host.objectId) {
      const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 1, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (shadow) rootId = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup: group })).object.objectId;
    }
    if (!rootId) return (await page.evaluate(`(${fn})(null)`)) as T;
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: rootId,
      functionDeclaration: `function (root) { return (${fn})(root); }`,
      arguments: [{ objectId: rootId }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`shadow probe failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group }).catch(() => {});
  }
}

interface BidiNode {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: BidiNode | null };
}

/** Firefox: BiDi's serialised host names its shadow root (mode "closed" included); that reference is the probe's argument. */
export async function firefoxInShadow<T>(page: PuppeteerPage, fn: string): Promise<T> {
  const probe = new Function('root', `return (${fn})(root);`) as (root: unknown) => T;
  const host = await page.evaluateHandle(HOST);
  try {
    const shadow = (host as unknown as { remoteValue(): BidiNode }).remoteValue().value?.shadowRoot;
    if (!shadow?.sharedId) return (await page.evaluate(probe, null)) as T;
    // The realm's own handle maker: puppeteer passes a handle to the page as its BiDi reference.
    const realm = (host as unknown as { realm: { createHandle(v: BidiNode): { dispose(): Promise<void> } } }).realm;
    const root = realm.createHandle(shadow);
    try {
      return (await page.evaluate(probe, root as never)) as T;
    } finally {
      await root.dispose().catch(() => {});
    }
  } finally {
    await host.dispose().catch(() => {});
  }
}

/** Polls a probe until its value is truthy; its last value otherwise. */
export async function untilInShadow<T>(inShadow: (fn: string) => Promise<T>, fn: string, ms = 3_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await inShadow(fn);
    if (value || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Chromium tests that drive playwright directly: an expression over `root` (our closed shadow root, or null). */
export const shadowEval = <T>(page: PlaywrightPage, expression: string): Promise<T> => chromiumInShadow<T>(page, `(root) => (${expression})`);

/** Waits until an expression over `root` is truthy (an error, e.g. no root yet, counts as not yet); fails after ms. */
export async function waitShadow(page: PlaywrightPage, expression: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    if (await shadowEval(page, expression).catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out waiting in the shadow root for: ${expression}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

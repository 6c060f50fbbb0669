/** Drives the built extension's image check from one of its own pages, as the content script would through the background. */
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/harness/chromium';
import type { Logo } from '../../rules';
import type { ImageCheckReply } from '../../vision/protocol';

export interface Checker {
  check(image: string, logos: Logo[]): Promise<ImageCheckReply>;
  /** The extension page the requests go from (for probing its CSP). */
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

/** extensionDir: another build (the benchmark measures an older one beside this). */
export async function extensionChecker(extensionDir?: string): Promise<Checker> {
  const context = await launchWithExtension(true, true, [], extensionDir);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  return {
    page,
    context,
    check: (image, logos) =>
      page.evaluate(([image, logos]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<ImageCheckReply> } } }).chrome.runtime.sendMessage({ type: 'second-look/image-check', image, logos }), [image, logos] as const),
    close: () => context.close(),
  };
}

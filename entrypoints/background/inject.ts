/**
 * Tabs already open on a watched site when the extension is installed, updated or reloaded have no (living) content
 * script: the browser only adds content scripts to pages loaded afterwards. Without this they would go unchecked, and
 * nothing would say so. The scripts are the manifest's own, in its order (the composer at document_start, then the engine).
 */
import { browser } from 'wxt/browser';
import { WATCHED_MATCHES } from '../../utils/watched-sites';

const RUN_ORDER = ['document_start', 'document_end', 'document_idle'];

/** The built content scripts' files, as the manifest lists them, earliest first. */
export function contentScriptFiles(): string[] {
  const scripts = [...(browser.runtime.getManifest().content_scripts ?? [])];
  scripts.sort((a, b) => RUN_ORDER.indexOf(a.run_at ?? 'document_idle') - RUN_ORDER.indexOf(b.run_at ?? 'document_idle'));
  return scripts.flatMap((s) => s.js ?? []);
}

export interface InjectReport {
  injected: number;
  /** Tabs that could not take the scripts (a crashed or discarded tab, an error page), with why. */
  failed: { tabId: number; url?: string; problem: string }[];
}

export async function injectIntoOpenTabs(): Promise<InjectReport> {
  const report: InjectReport = { injected: 0, failed: [] };
  const files = contentScriptFiles();
  if (!files.length) return report;
  const tabs = await browser.tabs.query({ url: WATCHED_MATCHES });
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    try {
      // The manifest's paths are WXT's built files; its path types know only the public folder.
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: files as never });
      report.injected++;
    } catch (error) {
      report.failed.push({ tabId: tab.id, url: tab.url, problem: error instanceof Error ? error.message : String(error) });
    }
  }
  if (report.failed.length) console.warn('[Second Look] could not start checking in some open tabs; they check once reloaded', report.failed);
  return report;
}

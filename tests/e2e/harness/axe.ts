/** axe-core run in a page (a site fixture, inside our shadow root; or an extension page), as a summary the tests assert on. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { chromiumInShadow } from './shadow';

function axeSource(): string {
  try {
    return readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  } catch {
    throw new Error('axe-core is not installed in this checkout: run `npm install` (package.json names axe-core 4.14.1; it needs no install script)');
  }
}
let AXE_SOURCE: string | undefined;

export interface AxeSummary {
  violations: number;
  passes: number;
  details: { id: string; impact: string | null; nodes: string[] }[];
}

/**
 * Runs axe-core's WCAG 2.x A/AA and best-practice rules. `shadowHost`: only inside that element's shadow root (the
 * dialog); without it, the whole page. Evaluated over the DevTools protocol, so an extension page's CSP does not stop it.
 */
/** Playwright's page or Puppeteer's: both evaluate an expression in the page. */
interface Evaluates {
  evaluate(expression: string): Promise<unknown>;
}

/** `inShadow` reaches the closed root (harness/shadow.ts): Chromium's by default, Firefox's passed in. */
export async function runAxe(page: Evaluates, shadowHost?: string, inShadow?: (fn: string) => Promise<unknown>): Promise<AxeSummary> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(`${(AXE_SOURCE ??= axeSource())}\n;0`);
  const context = shadowHost ? `{ include: [{ fromShadowDom: [${JSON.stringify(shadowHost)}, '[data-layer]'] }] }` : 'document';
  // axe walks shadow trees through host.shadowRoot, which a closed root leaves null: for the run only, the test hands
  // axe the root (reached over the DevTools protocol) as an own property of the host, and takes it away after.
  if (shadowHost) await (inShadow ?? ((fn: string) => chromiumInShadow(page as Page, fn)))(`(root) => { Object.defineProperty(root.host, 'shadowRoot', { value: root, configurable: true }); }`);
  try {
    return await run(page, context);
  } finally {
    if (shadowHost) await page.evaluate(`delete document.querySelector(${JSON.stringify(shadowHost)})?.shadowRoot`);
  }
}

function run(page: Evaluates, context: string): Promise<AxeSummary> {
  return page.evaluate(`axe.run(${context}, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }).then((r) => ({
    violations: r.violations.length,
    passes: r.passes.length,
    details: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ': ' + n.failureSummary) })),
  }))`) as Promise<AxeSummary>;
}

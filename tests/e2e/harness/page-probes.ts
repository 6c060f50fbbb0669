/**
 * Page-side probes shared by every driver: plain JavaScript reading what a user would see. Those about our UI are
 * functions of its closed shadow root, which only the test side can hand them (shadow.ts).
 */

/** Reads the Second Look dialog from its shadow root; null when it is not open. */
export const READ_DIALOG = `(root) => {
  const d = root?.querySelector('[role="alertdialog"]');
  if (!d) return null;
  const byId = (id) => root.getElementById(id)?.textContent ?? '';
  const name = (d.getAttribute('aria-labelledby') ?? '').split(/\\s+/).map(byId).join(' ').trim();
  const post = [...d.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Post anyway');
  const focused = root.activeElement;
  return {
    role: d.getAttribute('role'),
    name,
    text: d.textContent,
    marks: [...d.querySelectorAll('.finding mark')].map((m) => m.textContent),
    severities: [...d.querySelectorAll('.finding')].map((f) => [...f.classList].find((c) => c.startsWith('sev-'))),
    postAnywayDisabled: !!post?.disabled,
    hasConfirm: !!d.querySelector('input[type="checkbox"]'),
    focused: focused ? (focused.getAttribute('aria-label') ?? focused.closest('label')?.textContent ?? focused.textContent ?? '').trim() : '',
  };
}`;

/** The centre of a dialog control by name (a button's text, or "confirm" for the checkbox). */
export function dialogControlCentre(name: string): string {
  return `(root) => {
    const el = ${JSON.stringify(name)} === 'confirm'
      ? root?.querySelector('[role="alertdialog"] input[type="checkbox"]')
      : [...(root?.querySelectorAll('[role="alertdialog"] button') ?? [])].find((b) => b.textContent.trim() === ${JSON.stringify(name)});
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }`;
}

/** Clicks a dialog control the way a person would, at its centre; either browser's page will do. */
export async function clickDialogControl(
  page: { mouse: { click(x: number, y: number): Promise<unknown> } },
  inShadow: (fn: string) => Promise<unknown>,
  name: string,
): Promise<void> {
  const at = (await inShadow(dialogControlCentre(name))) as { x: number; y: number } | null;
  if (!at) throw new Error(`no "${name}" in the dialog`);
  await page.mouse.click(at.x, at.y);
}

/**
 * Selectors may cross open shadow roots with ` >>> ` (LinkedIn draws its share dialog in one): puppeteer reads that
 * combinator itself, Playwright as its chaining `>>` (its CSS pierces open roots), page-side probes by DEEP_QUERY.
 */
export const SHADOW_STEP = ' >>> ';

/** The element a selector names, each ` >>> ` step searched in the shadow root of the element before it. */
export function deepQuery(selector: string): string {
  return `${JSON.stringify(selector.split(SHADOW_STEP))}.reduce((at, part) => at && (at.shadowRoot ?? at).querySelector(part), document)`;
}

/** The focused element, looked for inside open shadow roots (document.activeElement is only their host). */
export const DEEP_ACTIVE = `(() => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a; })()`;

export function focusIsIn(selector: string): string {
  return `(() => { const t = ${deepQuery(selector)}; const a = ${DEEP_ACTIVE}; return !!t && !!a && t.contains(a); })()`;
}

/**
 * Run on the extension's side (`ext` is its WebExtension API): asks the content script in the tab at `href` what the
 * popup asks (utils/messages.ts StatusRequest). It answers once the engine has loaded and the pack is compiled, so
 * awaiting it is a wait on the checks being ready, seen from the extension and never from the page: nothing the
 * page can read says Second Look is there. Tab addresses are readable under the extension's host permissions.
 */
export function askStatus(href: string): string {
  return `ext.tabs.query({}).then((tabs) => {
    const tab = tabs.find((t) => t.url === ${JSON.stringify(href)});
    if (!tab) return { error: 'no tab at ' + ${JSON.stringify(href)} + ' (open: ' + tabs.map((t) => t.url).join(', ') + ')' };
    return ext.tabs.sendMessage(tab.id, { type: 'second-look/status' }, { frameId: 0 });
  })`;
}

/** What askStatus answered, as the wait for the checks reads it: resolves when a pack is in force, else says why not. */
export function expectChecksLoaded(reply: unknown, href: string): void {
  const r = reply as { error?: string; pack?: unknown; problem?: string | null } | null | undefined;
  if (r?.error) throw new Error(`the checks could not be asked about: ${r.error}`);
  if (!r?.pack) throw new Error(`the checks did not load in ${href}: ${r?.problem ?? 'no answer from the content script'}`);
}

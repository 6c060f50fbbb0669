/** The CSS of everything Second Look draws on a page; it lives in our shadow root, out of the site's reach. */

/**
 * Underline colours per severity, each at least 3:1 against the sites' light and dark themes (white, Facebook's
 * #f0f2f5, black, X's #15202b, Facebook's #242526 and its #3a3b3c composer): one set works on every theme.
 * The style differs too, so severity never rests on colour alone: high solid, medium wavy, low dotted.
 */
export const MARK = {
  high: { colour: '#f54260', style: 'solid', width: '3px', tint: 'rgb(245 66 96 / .16)' },
  medium: { colour: '#d06e0b', style: 'wavy', width: '2px', tint: 'rgb(208 110 11 / .16)' },
  low: { colour: '#7082db', style: 'dotted', width: '2px', tint: 'rgb(112 130 219 / .12)' },
} as const;

const SEVERITIES = ['high', 'medium', 'low'] as const;

/** The dialog's and tooltip's colours, light and dark (the site's own theme decides which, see theme.ts). */
const THEMES = `
.theme-light { color-scheme: light; --bg: #fff; --fg: #1a1a1a; --muted: #4a4a4a; --card: #f5f5f5; --line: #d0d0d0; --accent: #1d4ed8; --primary-bg: #1a1a1a; --primary-fg: #fff; --mark: #ffe08a; --info: #eef4ff; }
.theme-dark { color-scheme: dark; --bg: #1f2023; --fg: #f1f1f1; --muted: #c4c4c4; --card: #2c2d31; --line: #55575c; --accent: #8ab4ff; --primary-bg: #f1f1f1; --primary-fg: #111; --mark: #6b5410; --info: #1e2a44; }
`;

export const UI_CSS = `
:host { all: initial; }
${THEMES}
.backdrop { position: fixed; inset: 0; z-index: 2147483646; background: rgb(0 0 0 / 0.5); display: flex; align-items: center; justify-content: center; font: 16px/1.45 system-ui, sans-serif; color: var(--fg); }
.dialog { background: var(--bg); color: var(--fg); border-radius: 12px; max-width: 36rem; width: calc(100% - 1.5rem); max-height: calc(100% - 1.5rem); box-sizing: border-box; display: flex; flex-direction: column; overflow: hidden; box-shadow: 0 10px 40px rgb(0 0 0 / 0.35); border: 1px solid var(--line); }
.dialog:focus { outline: none; }
.head { padding: 1rem 1.25rem .6rem; border-bottom: 1px solid var(--line); flex: none; }
.brand { margin: 0; font-size: .8rem; font-weight: 600; letter-spacing: .04em; color: var(--muted); }
h2 { font-size: 1.15rem; margin: .1rem 0 .35rem; }
#sl-summary { margin: 0; }
.body { padding: .25rem 1.25rem; overflow: auto; flex: 1 1 auto; min-height: 3rem; }
.foot { padding: .6rem 1.25rem .9rem; border-top: 1px solid var(--line); flex: none; }
.findings { list-style: none; padding: 0; margin: .75rem 0; display: grid; gap: .6rem; }
.finding { border-left: 5px solid var(--line); padding: .45rem .75rem; background: var(--card); border-radius: 4px; }
${SEVERITIES.map((s) => `.finding.sev-${s} { border-left: 5px ${s === 'high' ? 'solid' : s === 'medium' ? 'double' : 'dotted'} ${MARK[s].colour}; }`).join('\n')}
.finding p { margin: .2rem 0; }
.finding-head { display: flex; flex-wrap: wrap; gap: .2rem .5rem; font-weight: 600; }
.severity { font-size: .85rem; color: var(--muted); }
.context mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
.todo { font-weight: 500; }
.also { font-size: .9rem; }
button.link { font: inherit; border: 0; border-radius: 2px; padding: 0; background: none; color: var(--accent); text-decoration: underline; cursor: pointer; }
.why { color: var(--muted); font-size: .9rem; }
.source { font-weight: 400; font-size: .85rem; color: var(--muted); }
.card-actions { display: flex; flex-wrap: wrap; gap: .4rem; margin-top: .4rem; align-items: center; }
.checking { background: var(--info); border-radius: 6px; padding: .4rem .7rem; }
.not-done { color: var(--muted); font-size: .9rem; padding-left: 1.2rem; }
.policy-note { font-size: .9rem; margin: .5rem 0; }
.hint { color: var(--muted); font-size: .85rem; margin: .25rem 0; }
.confirm { display: flex; gap: .5rem; align-items: flex-start; margin: 0 0 .4rem; }
.confirm input { width: 1.1rem; height: 1.1rem; margin-top: .15rem; flex: none; }
.actions { display: flex; flex-wrap: wrap; gap: .6rem; justify-content: flex-end; margin-top: .3rem; }
button, a.small { font: inherit; border-radius: 999px; padding: .5rem 1.1rem; cursor: pointer; border: 1px solid var(--fg); background: var(--bg); color: var(--fg); }
button.primary { background: var(--primary-bg); color: var(--primary-fg); border-color: var(--primary-bg); }
button.small, a.small { font-size: .875rem; padding: .25rem .75rem; text-decoration: none; display: inline-block; }
a.small { color: var(--accent); border-color: var(--accent); }
button:disabled { opacity: .55; cursor: not-allowed; }
button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.short-words { display: none; }
.why-more summary { cursor: pointer; color: var(--muted); font-size: .9rem; width: fit-content; }
/* Short or narrow windows (200% zoom, phones; COMPACT_QUERY in WarningDialog.tsx): header and footer stay, tighter,
   so the title, "Nothing has been posted yet" and the whole first card fit in the first view. */
@media (max-height: 560px), (max-width: 480px) {
  .head { padding: .55rem .9rem .45rem; }
  .brand, h2 { display: inline; }
  .brand { margin-right: .4rem; }
  .brand { font-size: .75rem; }
  h2 { font-size: 1rem; }
  #sl-summary { margin-top: .15rem; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
  .body { padding: .1rem .9rem; }
  .findings { margin: .4rem 0; }
  .card-actions { margin-top: .25rem; }
  .finding { padding: .35rem .6rem; }
  .foot { padding: .45rem .9rem .6rem; }
  .long-words { display: none; }
  .short-words { display: inline; }
  .foot .hint { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .confirm { margin-bottom: .3rem; }
  .actions { margin-top: 0; }
}
/* Narrow but tall (a phone held upright): room for more of the summary. */
@media (max-width: 480px) and (min-height: 561px) { #sl-summary { -webkit-line-clamp: 4; } }
.notice { position: fixed; z-index: 2147483646; top: 1rem; pointer-events: none; left: 50%; transform: translateX(-50%); background: #1a1a1a; color: #fff; padding: .75rem 1.1rem; border-radius: 8px; font: 15px/1.4 system-ui, sans-serif; max-width: 30rem; }
.tip { position: fixed; z-index: 2147483645; max-width: min(20rem, calc(100vw - 8px)); box-sizing: border-box; background: var(--bg); color: var(--fg); border: 1px solid var(--line); box-shadow: 0 4px 14px rgb(0 0 0 / .25); font: 13px/1.4 system-ui, sans-serif; padding: .4rem .6rem; border-radius: 6px; pointer-events: none; }
.tip[hidden] { display: none; }
.tip .tip-sev { font-weight: 600; }
.tip .tip-hint { color: var(--muted); display: block; margin-top: .15rem; }
.box { position: fixed; pointer-events: none; z-index: 2147483644; }
${SEVERITIES.map((s) => `.box.sev-${s} { border-bottom: ${MARK[s].width} ${MARK[s].style === 'wavy' ? 'dashed' : MARK[s].style} ${MARK[s].colour}; background: ${MARK[s].tint}; }`).join('\n')}
.count-badge { position: fixed; z-index: 2147483645; font: 600 12px/1.2 system-ui, sans-serif; border-radius: 999px; padding: .2rem .55rem; opacity: .95; border: 1px solid var(--line); background: var(--bg); color: var(--fg); box-shadow: 0 2px 8px rgb(0 0 0 / .2); cursor: pointer; }
.count-badge[hidden] { display: none; }
.count-badge .sr-only { position: absolute; }
.count-badge .dot { display: inline-block; width: .6rem; height: .6rem; border-radius: 50%; margin-right: .35rem; vertical-align: -.05rem; }
${SEVERITIES.map((s) => `.count-badge .dot.sev-${s} { background: ${MARK[s].colour}; }`).join('\n')}
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** Marks inside a textarea's mirror: the copy's text is invisible, only the marks show. */
export const MIRROR_CSS = SEVERITIES.map(
  (s) => `.mirror .mark.sev-${s} { border-radius: 2px; background: ${MARK[s].tint}; text-decoration: underline ${MARK[s].style} ${MARK[s].colour} ${MARK[s].width}; text-underline-offset: 3px; }`,
).join('\n');

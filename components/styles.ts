/** The CSS of everything Second Look draws on a page; it lives in our shadow root, out of the site's reach. */
export const UI_CSS = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; z-index: 2147483646; background: rgb(0 0 0 / 0.45); display: flex; align-items: center; justify-content: center; font: 15px/1.45 system-ui, sans-serif; color: #1a1a1a; }
.dialog { background: #fff; border-radius: 12px; max-width: 34rem; width: calc(100% - 2rem); max-height: calc(100% - 2rem); overflow: auto; padding: 1.25rem 1.5rem; box-shadow: 0 10px 40px rgb(0 0 0 / 0.3); }
h2 { font-size: 1.15rem; margin: 0 0 .5rem; }
.findings { list-style: none; padding: 0; margin: 1rem 0; display: grid; gap: .6rem; }
.finding { border-left: 4px solid #999; padding: .35rem .75rem; background: #f7f7f7; border-radius: 4px; }
.finding.sev-high { border-color: #b00020; } .finding.sev-medium { border-color: #c77700; } .finding.sev-low { border-color: #5a6b7b; }
.finding p { margin: .15rem 0; }
.finding-head { display: flex; gap: .5rem; font-weight: 600; }
.severity { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: #555; }
.context mark { background: #ffe08a; color: inherit; padding: 0 .1em; }
.why { color: #444; font-size: .9rem; }
.source { font-weight: 400; font-size: .85rem; color: #555; }
.checking { background: #eef4ff; border-radius: 6px; padding: .4rem .7rem; }
.not-done { color: #555; font-size: .9rem; padding-left: 1.2rem; }
.confirm { display: flex; gap: .5rem; align-items: flex-start; margin: .5rem 0 1rem; }
.actions { display: flex; gap: .75rem; justify-content: flex-end; }
button { font: inherit; border-radius: 999px; padding: .5rem 1.1rem; cursor: pointer; border: 1px solid #1a1a1a; }
button.primary { background: #1a1a1a; color: #fff; }
button.secondary { background: #fff; color: #1a1a1a; }
button:disabled { opacity: .45; cursor: not-allowed; }
button:focus-visible, input:focus-visible { outline: 3px solid #2f6fdf; outline-offset: 2px; }
.notice { position: fixed; z-index: 2147483646; top: 1rem; pointer-events: none; left: 50%; transform: translateX(-50%); background: #1a1a1a; color: #fff; padding: .75rem 1.1rem; border-radius: 8px; font: 15px/1.4 system-ui, sans-serif; max-width: 30rem; }
.tip { position: fixed; z-index: 2147483645; max-width: 20rem; background: #1a1a1a; color: #fff; font: 13px/1.35 system-ui, sans-serif; padding: .4rem .6rem; border-radius: 6px; pointer-events: none; }
.tip[hidden] { display: none; }
.box { position: fixed; pointer-events: none; z-index: 2147483644; border-bottom: 2px solid; }
.box.sev-high { border-color: #b00020; background: rgb(176 0 32 / .12); }
.box.sev-medium { border-color: #c77700; background: rgb(199 119 0 / .12); }
.box.sev-low { border-color: #5a6b7b; background: rgb(90 107 123 / .08); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** Marks inside a textarea's mirror: the copy's text is invisible, only the marks show. */
export const MIRROR_CSS = `
.mirror .mark { border-radius: 2px; box-shadow: inset 0 -2px 0 #5a6b7b; }
.mirror .mark.sev-high { background: rgb(220 30 60 / .25); box-shadow: inset 0 -2px 0 #b00020; }
.mirror .mark.sev-medium { background: rgb(230 150 0 / .28); box-shadow: inset 0 -2px 0 #c77700; }
.mirror .mark.sev-low { background: rgb(90 107 123 / .18); }
`;

/** The editor's draft: a pack being written (any state, even invalid), list cleaning, export, and undo history. Pure. */
import { parsePack, type Pack, type Term } from '../../rules';

export type Draft = Pack;

export const DRAFT_KEY = 'editor.draft';
/** The undo steps, kept beside the draft so undo survives a reload. */
export const HISTORY_KEY = 'editor.history';
/** When the draft last changed: a draft holds children's names, so it is not kept for ever. */
export const SAVED_AT_KEY = 'editor.savedAt';
/** A draft untouched this long is deleted when the editor next opens (said in the editor). */
export const DRAFT_RETENTION_DAYS = 30;
export const DRAFT_RETENTION_MS = DRAFT_RETENTION_DAYS * 24 * 60 * 60 * 1000;
/** How many undo steps are kept across a reload (drafts carry logos: storage.local is not endless). */
export const SAVED_HISTORY_LIMIT = 20;
export const HISTORY_LIMIT = 50;
/** Edits of one field closer together than this are one change for undo (typing a name is one change, not twelve). */
export const COALESCE_MS = 1200;

export function emptyDraft(): Draft {
  return {
    format: 'second-look/pack@1',
    id: 'my-setting',
    version: 1,
    setting: { name: '', aliases: [], handles: [], domains: [], logos: [] },
    people: { children: [], staff: [] },
    terms: [],
    allow: [],
    categories: {},
    policy: { clauses: {} },
  };
}

/**
 * One entry a line, as pasted from a spreadsheet column: trimmed, tabs and cells after the first dropped, empty lines
 * and repeats (ignoring case and spacing) removed, first spelling kept.
 */
export function cleanLines(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const entry = line.split('\t')[0].replace(/\s+/g, ' ').trim();
    const key = entry.toLocaleLowerCase();
    if (!entry || seen.has(key)) continue;
    seen.add(key);
    out.push(entry);
  }
  return out;
}

/** A fresh term id not used by the draft yet. */
export function newTermId(terms: Term[]): string {
  let n = terms.length + 1;
  while (terms.some((t) => t.id === `term-${n}`)) n += 1;
  return `term-${n}`;
}

/** A draft as a pack file: the draft minus a stale signature, stamped with the time; or every problem, each naming its field. */
export function exportPack(draft: Draft, now = new Date()): { ok: true; text: string; pack: Pack } | { ok: false; errors: string[] } {
  const { signature: _stale, ...unsigned } = { ...draft, updated: now.toISOString().replace(/\.\d{3}Z$/, 'Z') };
  const parsed = parsePack(unsigned);
  if (!parsed.ok) return parsed;
  return { ok: true, text: `${JSON.stringify(unsigned, null, 2)}\n`, pack: unsigned as Pack };
}

/** A pack file as a draft: validated (the errors name the field), any signature dropped because the first edit voids it. */
export function importPack(text: string): { ok: true; draft: Draft; wasSigned: boolean } | { ok: false; errors: string[] } {
  const parsed = parsePack(text);
  if (!parsed.ok) return parsed;
  const { signature, ...draft } = parsed.pack;
  return { ok: true, draft: draft as Draft, wasSigned: !!signature };
}

export interface History {
  draft: Draft;
  past: Draft[];
  lastField?: string;
  lastAt?: number;
}

/** Applies an edit; a new undo step unless it continues the last edit of the same field. */
export function edit(history: History, field: string, next: Draft, at: number): History {
  const continues = history.lastField === field && history.lastAt !== undefined && at - history.lastAt < COALESCE_MS;
  const past = continues ? history.past : [...history.past, history.draft].slice(-HISTORY_LIMIT);
  return { draft: next, past, lastField: field, lastAt: at };
}

export function undo(history: History): History {
  if (history.past.length === 0) return history;
  return { draft: history.past[history.past.length - 1], past: history.past.slice(0, -1) };
}

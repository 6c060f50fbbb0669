/**
 * Turns untrusted input (JSON text or a parsed value) into a Pack, or into a list of every
 * problem found, each naming its field: `people.children[3]: expected a string, got 42`.
 */
import { RE2JS } from 're2js';
import type { Pack } from '../types';
import schemaJson from './schema.json';
import { checkSchema, type SchemaNode, withDefaults } from './schema-check';

export const PACK_SCHEMA = schemaJson as unknown as SchemaNode;

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: string[] };

export function parsePack(input: unknown): PackResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      return { ok: false, errors: [`not valid JSON: ${jsonErrorWhere(input, e)}`] };
    }
  }
  const errors: string[] = [];
  checkSchema(PACK_SCHEMA, value, '', errors);
  const termErrors: string[] = [];
  const terms = (value as { terms?: unknown } | null)?.terms;
  if (Array.isArray(terms)) checkTerms(terms, termErrors);
  // Every problem at once: a term's regex can be reported beside a wrong field elsewhere.
  for (const e of termErrors) if (!errors.includes(e)) errors.push(e);
  if (errors.length) return { ok: false, errors };
  return { ok: true, pack: withDefaults(PACK_SCHEMA, value) as Pack };
}

/** What the schema cannot say: ids unique, every term has something to match, regexes compile. */
function checkTerms(terms: unknown[], errors: string[]): void {
  const seen = new Map<string, number>();
  terms.forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null) return;
    const term = raw as { id?: unknown; phrases?: unknown; regex?: unknown };
    const at = `terms[${i}]`;
    const id = typeof term.id === 'string' ? term.id : `#${i}`;
    const first = seen.get(id);
    if (first !== undefined) errors.push(`${at}.id: "${id}" is already used by terms[${first}]`);
    else seen.set(id, i);
    const phrases = Array.isArray(term.phrases) ? term.phrases : [];
    const regexes = Array.isArray(term.regex) ? term.regex : [];
    if (phrases.length === 0 && regexes.length === 0) errors.push(`${at}: term "${id}" needs at least one of "phrases" or "regex"`);
    regexes.forEach((source, k) => {
      const problem = typeof source === 'string' ? regexProblem(source) : null;
      if (problem) errors.push(`${at}.regex[${k}]: term "${id}": ${problem}`);
    });
  });
}

/** Why a pattern won't compile under RE2 (linear-time) rules, with its position; or null. */
export function regexProblem(source: string): string | null {
  try {
    RE2JS.compile(source);
    return null;
  } catch (e) {
    const err = e as { message?: string; input?: string; error?: string };
    const near = err.input ? source.indexOf(err.input) : -1;
    const what = (err.error ?? err.message ?? 'invalid pattern').replace(/^error parsing regexp: /, '');
    return `regex does not compile${near >= 0 ? ` at position ${near}` : ''}: ${what}${err.input ? ` in \`${err.input}\`` : ''}`;
  }
}

function jsonErrorWhere(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const pos = /position (\d+)/.exec(message);
  if (!pos) return message;
  const offset = Number(pos[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

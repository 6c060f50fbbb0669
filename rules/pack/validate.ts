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
  if (errors.length) return { ok: false, errors };
  const pack = withDefaults(PACK_SCHEMA, value) as Pack;
  checkTerms(pack, errors);
  return errors.length ? { ok: false, errors } : { ok: true, pack };
}

/** What the schema cannot say: ids unique, every term has something to match, regexes compile. */
function checkTerms(pack: Pack, errors: string[]): void {
  const seen = new Map<string, number>();
  pack.terms.forEach((term, i) => {
    const at = `terms[${i}]`;
    const first = seen.get(term.id);
    if (first !== undefined) errors.push(`${at}.id: "${term.id}" is already used by terms[${first}]`);
    else seen.set(term.id, i);
    if (term.phrases.length === 0 && term.regex.length === 0) errors.push(`${at}: term "${term.id}" needs at least one of "phrases" or "regex"`);
    term.regex.forEach((source, k) => {
      const problem = regexProblem(source);
      if (problem) errors.push(`${at}.regex[${k}]: term "${term.id}": ${problem}`);
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

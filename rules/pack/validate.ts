/**
 * Turns untrusted input (JSON text or a parsed value) into a Pack, or into a list of every
 * problem found, each naming its field: `people.children[3]: expected a string, got 42`.
 * Every step is linear in the input and bounded by PACK_LIMITS, so no pack, however made,
 * can exhaust the time or memory of a tab, the background or the command line.
 */
import { RE2JS } from 're2js';
import { allAtOnce } from '../steps';
import type { Pack } from '../types';
import schemaJson from './schema.json';
import { checkSchema, type SchemaNode, withDefaults } from './schema-check';
import { scanJsonText, tooDeepIn } from './json-text';

export const PACK_SCHEMA = schemaJson as unknown as SchemaNode;

/**
 * What a pack may hold at most. Per-field limits (list lengths, text lengths, the version's range) are in
 * schema.json as maxItems / maxLength / maximum; these are the ones across fields. Documented in rule-pack limits (README).
 */
export const PACK_LIMITS = {
  /** The pack file, in characters (about bytes for a pack's text): room for four logos and thousands of names. */
  chars: 2 * 1024 * 1024,
  /** Objects and lists inside one another; a pack needs four (pack → terms → term → phrases). */
  depth: 8,
  /** Values in a pack given as an object rather than text (a policy's pack on Firefox, a stored pack). */
  values: 100_000,
  /** Phrases over all terms. */
  phrases: 20_000,
  /** Regexes over all terms. */
  regexes: 100,
  /** RE2 program instructions over all regexes: what a check costs per character of a post, at worst. */
  regexCost: 5_000,
} as const;

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: string[] };

const BOM = '\ufeff';

export function parsePack(input: unknown): PackResult {
  return allAtOnce(parsePackInSteps(input));
}

/**
 * parsePack with a yield between its parts (the walk, the schema, each term's regexes, the defaults), for a caller that
 * gives the thread back meanwhile: a 2,000-child pack is 20-35 ms of validating in a tab (issue 13).
 */
export function* parsePackInSteps(input: unknown): Generator<void, PackResult> {
  let value = input;
  if (typeof input === 'string') {
    const text = parseableText(input);
    if (typeof text !== 'string') return text;
    try {
      value = JSON.parse(text);
    } catch (e) {
      return { ok: false, errors: [`not valid JSON: ${jsonErrorWhere(text, e)}`] };
    }
    const { duplicates } = scanJsonText(text, PACK_LIMITS.depth);
    if (duplicates.length) return { ok: false, errors: duplicates };
  } else {
    const walked = tooDeepIn(input, PACK_LIMITS.depth, PACK_LIMITS.values);
    if (walked.tooDeep) return { ok: false, errors: [tooDeepMessage(walked.tooDeep)] };
    if (walked.tooMany) return { ok: false, errors: [`(the pack): more than ${PACK_LIMITS.values.toLocaleString('en-GB')} values, more than a pack may hold`] };
  }
  yield;
  const errors: string[] = [];
  checkSchema(PACK_SCHEMA, value, '', errors);
  yield;
  const terms = (value as { terms?: unknown } | null)?.terms;
  // A list of terms over its limit is reported by the schema and not looked into further.
  if (Array.isArray(terms) && terms.length <= (PACK_SCHEMA.properties!.terms!.maxItems ?? Infinity)) {
    // Every problem at once: a term's regex can be reported beside a wrong field elsewhere.
    const seen = new Set(errors);
    for (const e of yield* checkTerms(terms)) if (!seen.has(e)) { seen.add(e); errors.push(e); }
  }
  if (errors.length) return { ok: false, errors };
  yield;
  return { ok: true, pack: withDefaults(PACK_SCHEMA, value) as Pack };
}

/** The text ready for JSON.parse (a leading byte-order mark dropped), or why it cannot be a pack. */
function parseableText(input: string): string | PackResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  if (text.length > PACK_LIMITS.chars) {
    return { ok: false, errors: [`(the pack): the file is ${(text.length / 1024 / 1024).toFixed(1)} MB, more than the ${PACK_LIMITS.chars / 1024 / 1024} MB a pack may be (are the logos small images?)`] };
  }
  const { tooDeep } = scanJsonText(text, PACK_LIMITS.depth, 0);
  if (tooDeep) return { ok: false, errors: [tooDeepMessage(tooDeep)] };
  return text;
}

const tooDeepMessage = (path: string) => `${path}: lists and objects nested more than ${PACK_LIMITS.depth} deep; a pack needs at most 4`;

/** What the schema cannot say: ids unique, every term has something to match, regexes compile and fit the budget; linear in the terms. */
function* checkTerms(terms: unknown[]): Generator<void, string[]> {
  const errors: string[] = [];
  const seen = new Map<string, number>();
  let phrases = 0;
  let regexes = 0;
  let cost = 0;
  for (let i = 0; i < terms.length; i++) {
    const raw = terms[i];
    if (typeof raw !== 'object' || raw === null) continue;
    const term = raw as { id?: unknown; phrases?: unknown; regex?: unknown };
    const at = `terms[${i}]`;
    const id = typeof term.id === 'string' ? term.id : `#${i}`;
    const first = seen.get(id);
    if (first !== undefined) errors.push(`${at}.id: "${id}" is already used by terms[${first}]`);
    else seen.set(id, i);
    const termPhrases = Array.isArray(term.phrases) ? term.phrases : [];
    const termRegexes = Array.isArray(term.regex) ? term.regex : [];
    if (termPhrases.length === 0 && termRegexes.length === 0) errors.push(`${at}: term "${id}" needs at least one of "phrases" or "regex"`);
    phrases += termPhrases.length;
    regexes += termRegexes.length;
    // Past the count, regexes are not compiled at all: compiling is the cost being bounded.
    if (regexes > PACK_LIMITS.regexes) continue;
    if (termRegexes.length) yield;
    termRegexes.forEach((source, k) => {
      if (typeof source !== 'string' || source.length > 500) return; // the schema names these
      if (cost > PACK_LIMITS.regexCost) return; // already over budget: said once, nothing more to compile
      const compiled = compileRegex(source);
      if ('problem' in compiled) errors.push(`${at}.regex[${k}]: term "${id}": ${compiled.problem}`);
      else {
        cost += compiled.cost;
        if (cost > PACK_LIMITS.regexCost && cost - compiled.cost <= PACK_LIMITS.regexCost) {
          errors.push(`${at}.regex[${k}]: term "${id}": the pack's regexes together are too costly to run on every post (over ${PACK_LIMITS.regexCost.toLocaleString('en-GB')} RE2 steps a character); use phrases, or fewer and simpler patterns`);
        }
      }
    });
  }
  if (phrases > PACK_LIMITS.phrases) errors.push(`terms: ${phrases.toLocaleString('en-GB')} phrases in all, more than the ${PACK_LIMITS.phrases.toLocaleString('en-GB')} a pack may hold`);
  if (regexes > PACK_LIMITS.regexes) errors.push(`terms: ${regexes.toLocaleString('en-GB')} regexes in all, more than the ${PACK_LIMITS.regexes} a pack may hold`);
  return errors;
}

/** RE2 (linear-time) compilation as the checker does it (case-insensitive), with its program size as the cost. */
function compileRegex(source: string): { cost: number } | { problem: string } {
  const problem = regexProblem(source);
  if (problem) return { problem };
  const re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE) as unknown as { re2Input?: { prog?: { numInst?: () => number } } };
  // The program size is internal to re2js; should it move, the pattern's length is a fair stand-in.
  const size = re.re2Input?.prog?.numInst?.();
  return { cost: typeof size === 'number' ? size : source.length * 4 };
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

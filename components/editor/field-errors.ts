/**
 * The pack's validation errors (paths such as `terms[0].regex[0]`) as words beside the field they are about, keyed
 * by the field's element id. Errors no field shows stay in `rest`, in words too. Pure.
 */
import { parsePack } from '../../rules';
import type { Draft } from './draft';

export interface FieldErrors {
  byField: Map<string, string>;
  rest: string[];
  count: number;
}

const LISTS: Record<string, [string, string]> = {
  'people.children': ['people-children', 'name'],
  'people.staff': ['people-staff', 'name'],
  'setting.aliases': ['setting-aliases', 'name'],
  'setting.handles': ['setting-handles', 'handle'],
  'setting.domains': ['setting-domains', 'domain'],
  allow: ['allow', 'phrase'],
};

function inWords(error: string): [string | null, string] {
  const [path = '', detail = ''] = error.split(/: (.*)/s);
  const got = detail.match(/got (".*"|\S+)$/)?.[1];
  if (path === 'id') return ['pack-id', 'Use lower-case letters, digits and dashes only, like "little-acorns".'];
  if (path === 'version') return ['pack-version', 'Write a whole number, e.g. 3.'];
  if (path === 'setting.name') return ['setting-name', "Write the setting's name."];
  if (path === 'policy.url') return ['policy-url', 'Start the link with https:// (or http://).'];
  if (path === 'policy.title') return ['policy-title', 'Keep the title under 200 characters.'];
  const list = path.match(/^([a-z.]+)\[(\d+)\]$/i);
  if (list && LISTS[list[1]!]) {
    const [field, noun] = LISTS[list[1]!]!;
    return [field, `Line ${Number(list[2]) + 1}${got ? ` (${got})` : ''} is not a usable ${noun}: ${detail.replace(/, got .*$/, '').replace(/^expected /, 'it needs ')}.`];
  }
  const term = path.match(/^terms\[(\d+)\](?:\.(\w+))?/);
  if (term) {
    const i = term[1];
    if (!term[2]) return [`term-${i}-phrases`, 'Add at least one phrase (or, under "Advanced, for IT", a pattern).'];
    if (term[2] === 'regex') return [null, ''];
    if (term[2] === 'id') return [`term-${i}-id`, 'Use a short id of lower-case letters, digits and dashes, different from the other terms.'];
    if (term[2] === 'category') return [`term-${i}-category`, 'Choose one of the listed categories.'];
    if (term[2] === 'message') return [`term-${i}-message`, 'Keep the message shorter.'];
  }
  return [null, `${path}: ${detail}`];
}

export function fieldErrors(draft: Draft): FieldErrors {
  const parsed = parsePack(draft);
  const byField = new Map<string, string>();
  const rest: string[] = [];
  if (parsed.ok) return { byField, rest, count: 0 };
  let count = 0;
  for (const error of parsed.errors) {
    const [field, words] = inWords(error);
    count += 1;
    // A pattern's error is shown by its own list (pattern-words.ts), in words already.
    if (!words) continue;
    if (field && !byField.has(field)) byField.set(field, words);
    else if (!field) rest.push(words);
  }
  return { byField, rest, count };
}

/**
 * Checks a value against the pack's JSON Schema by interpreting the schema (no generated code:
 * extension pages forbid eval). Supports exactly the keywords schema.json uses, and reports
 * every problem as "path: expected ..., got ...". Only a value's own properties count, and
 * names that mean something to JavaScript objects (__proto__, constructor, ...) are refused.
 */

export interface SchemaNode {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  const?: unknown;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: boolean;
  propertyNames?: SchemaNode;
  items?: SchemaNode;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  /** Ours, not JSON Schema's: text that may hold line breaks (a message, a clause); elsewhere they are refused. */
  multiline?: boolean;
  description?: string;
  default?: unknown;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'an object', array: 'a list', string: 'a string', integer: 'a whole number', number: 'a number', boolean: 'true or false',
};

export const hasOwn = (obj: object, key: string): boolean => Object.prototype.hasOwnProperty.call(obj, key);

/**
 * Names a pack may never use as a field: Object.prototype's own (__proto__, constructor, toString, hasOwnProperty …)
 * and "prototype". Read through a plain object they answer with JavaScript's own functions, not the pack's data.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  return String(value);
}

export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function typeOk(type: NonNullable<SchemaNode['type']>, v: unknown): boolean {
  switch (type) {
    case 'object': return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'array': return Array.isArray(v);
    case 'integer': return typeof v === 'number' && Number.isInteger(v);
    case 'number': return typeof v === 'number' && Number.isFinite(v);
    default: return typeof v === type;
  }
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const patterns = new Map<string, RegExp>();
const patternOf = (source: string) => patterns.get(source) ?? patterns.set(source, new RegExp(source)).get(source)!;

/** A schema for `key` in an object: its own property, or the catch-all; never something inherited from Object.prototype. */
function subschema(schema: SchemaNode, key: string): SchemaNode | undefined {
  if (schema.properties && hasOwn(schema.properties, key)) return schema.properties[key];
  if (schema.patternProperties && hasOwn(schema.patternProperties, '')) return schema.patternProperties[''];
  return undefined;
}

export function checkSchema(schema: SchemaNode, value: unknown, path: string, errors: string[]): void {
  const where = path || '(the pack)';
  if (schema.const !== undefined && value !== schema.const) {
    errors.push(`${where}: expected ${JSON.stringify(schema.const)}, got ${describe(value)}`);
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    errors.push(`${where}: expected one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}, got ${describe(value)}`);
    return;
  }
  if (schema.type && !typeOk(schema.type, value)) {
    errors.push(`${where}: expected ${TYPE_WORDS[schema.type]}, got ${describe(value)}`);
    return;
  }
  if (typeof value === 'string') checkString(schema, value, where, errors);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${where}: expected a number of at least ${schema.minimum}, got ${value}`);
    else if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${where}: expected ${schema.description ?? `a number of at most ${schema.maximum}`}, got ${value}`);
  }
  if (Array.isArray(value)) {
    // A list over its limit is not looked into: its size is the problem, and reading it all is the cost to avoid.
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      errors.push(`${where}: ${value.length.toLocaleString('en-GB')} entries, more than the ${schema.maxItems.toLocaleString('en-GB')} a pack may hold here`);
    } else if (schema.items) {
      for (let i = 0; i < value.length; i++) checkSchema(schema.items, value[i], joinPath(path, i), errors);
    }
  }
  if (typeOk('object', value)) checkObject(schema, value as Record<string, unknown>, path, errors);
}

function checkString(schema: SchemaNode, value: string, where: string, errors: string[]): void {
  if (schema.maxLength !== undefined && value.length > schema.maxLength) {
    errors.push(`${where}: expected at most ${schema.maxLength} characters, got ${value.length}`);
    return;
  }
  const hidden = hiddenCharacter(value, schema.multiline === true);
  if (hidden) {
    errors.push(`${where}: ${hidden}`);
  } else if (schema.minLength !== undefined && value.trim().length < schema.minLength) {
    errors.push(`${where}: expected at least ${schema.minLength} character${schema.minLength === 1 ? '' : 's'}, got ${describe(value)}`);
  } else if (schema.pattern && !patternOf(schema.pattern).test(value)) {
    errors.push(`${where}: expected ${schema.description ?? `text matching ${schema.pattern}`}, got ${describe(value)}`);
  } else if (schema.format === 'date-time' && !(DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)))) {
    errors.push(`${where}: expected a date and time like "2026-11-21T09:00:00Z", got ${describe(value)}`);
  }
}

/**
 * Characters a manager cannot see on screen but that change what a name is or how it reads: control characters
 * (NUL …), direction overrides and isolates (which can make "Oliver" display as another word), and invisible
 * joiners and spaces. The zero-width (non-)joiner stays allowed: some names' scripts need it.
 */
const HIDDEN: [RegExp, string][] = [
  [/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/, 'a control character'],
  [/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/, 'a character that changes the direction text is shown in'],
  [/[\u200b\u2060-\u2064\ufeff\u00ad\u180e\u034f\u115f\u1160\u3164\uffa0\ufe00-\ufe0f]/, 'an invisible character'],
];
const LINE_BREAK = /[\n\r\t\u2028\u2029]/;

export function hiddenCharacter(value: string, multiline: boolean): string | null {
  for (const [re, what] of HIDDEN) {
    const m = re.exec(value);
    if (m) return `contains ${what} (${codePoint(m[0])}) at position ${m.index + 1}; retype the text without it`;
  }
  if (!multiline) {
    const m = LINE_BREAK.exec(value);
    if (m) return `contains a line break or tab (${codePoint(m[0])}) at position ${m.index + 1}; a name is one line`;
  }
  return null;
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function checkObject(schema: SchemaNode, obj: Record<string, unknown>, path: string, errors: string[]): void {
  for (const key of schema.required ?? []) {
    if (!hasOwn(obj, key) || obj[key] === undefined) errors.push(`${joinPath(path, key)}: missing (required)`);
  }
  const known = Object.keys(schema.properties ?? {});
  for (const key of Object.keys(obj)) {
    const at = joinPath(path, key);
    if (RESERVED_NAMES.has(key)) {
      errors.push(`${at}: "${key}" is a reserved name and cannot be a field in a pack`);
      continue;
    }
    const hidden = hiddenCharacter(key, false);
    if (hidden) {
      errors.push(`${path || '(the pack)'}: a field name ${hidden}`);
      continue;
    }
    if (schema.propertyNames?.enum && !schema.propertyNames.enum.includes(key)) {
      errors.push(`${at}: not a known name here (expected one of ${schema.propertyNames.enum.join(', ')})`);
      continue;
    }
    const sub = subschema(schema, key);
    if (!sub) {
      if (schema.additionalProperties === false) errors.push(`${at}: not a field here (expected one of ${known.join(', ')})`);
      continue;
    }
    const v = obj[key];
    if (v !== undefined) checkSchema(sub, v, at, errors);
  }
}

/** A copy of `value` with the schema's defaults filled in where a field is absent; a plain data object, nothing inherited. */
export function withDefaults(schema: SchemaNode, value: unknown): unknown {
  if (Array.isArray(value)) return schema.items ? value.map((v) => withDefaults(schema.items!, v)) : [...value];
  if (!typeOk('object', value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value as Record<string, unknown>)) {
    if (RESERVED_NAMES.has(key)) continue;
    const v = (value as Record<string, unknown>)[key];
    const sub = subschema(schema, key);
    out[key] = sub ? withDefaults(sub, v) : v;
  }
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    if (out[key] === undefined && sub.default !== undefined) out[key] = withDefaults(sub, structuredClone(sub.default));
  }
  return out;
}

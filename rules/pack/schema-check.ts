/**
 * Checks a value against the pack's JSON Schema by interpreting the schema (no generated code:
 * extension pages forbid eval). Supports exactly the keywords schema.json uses, and reports
 * every problem as "path: expected ..., got ...".
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
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  format?: string;
  description?: string;
  default?: unknown;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'an object', array: 'a list', string: 'a string', integer: 'a whole number', number: 'a number', boolean: 'true or false',
};

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
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    errors.push(`${where}: expected a number of at least ${schema.minimum}, got ${value}`);
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => checkSchema(schema.items!, item, joinPath(path, i), errors));
  }
  if (typeOk('object', value)) checkObject(schema, value as Record<string, unknown>, path, errors);
}

function checkString(schema: SchemaNode, value: string, where: string, errors: string[]): void {
  if (schema.minLength !== undefined && value.trim().length < schema.minLength) {
    errors.push(`${where}: expected at least ${schema.minLength} character${schema.minLength === 1 ? '' : 's'}, got ${describe(value)}`);
  } else if (schema.maxLength !== undefined && value.length > schema.maxLength) {
    errors.push(`${where}: expected at most ${schema.maxLength} characters, got ${value.length}`);
  } else if (schema.pattern && !new RegExp(schema.pattern).test(value)) {
    errors.push(`${where}: expected ${schema.description ?? `text matching ${schema.pattern}`}, got ${describe(value)}`);
  } else if (schema.format === 'date-time' && !(DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)))) {
    errors.push(`${where}: expected a date and time like "2026-11-21T09:00:00Z", got ${describe(value)}`);
  }
}

function checkObject(schema: SchemaNode, obj: Record<string, unknown>, path: string, errors: string[]): void {
  for (const key of schema.required ?? []) {
    if (obj[key] === undefined) errors.push(`${joinPath(path, key)}: missing (required)`);
  }
  const known = Object.keys(schema.properties ?? {});
  for (const [key, v] of Object.entries(obj)) {
    const sub = schema.properties?.[key] ?? schema.patternProperties?.[''];
    if (schema.propertyNames?.enum && !schema.propertyNames.enum.includes(key)) {
      errors.push(`${joinPath(path, key)}: not a known name here (expected one of ${schema.propertyNames.enum.join(', ')})`);
      continue;
    }
    if (!sub) {
      if (schema.additionalProperties === false) errors.push(`${joinPath(path, key)}: not a field here (expected one of ${known.join(', ')})`);
      continue;
    }
    if (v !== undefined) checkSchema(sub, v, joinPath(path, key), errors);
  }
}

/** A copy of `value` with the schema's defaults filled in where a field is absent. */
export function withDefaults(schema: SchemaNode, value: unknown): unknown {
  if (Array.isArray(value)) return schema.items ? value.map((v) => withDefaults(schema.items!, v)) : [...value];
  if (!typeOk('object', value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const sub = schema.properties?.[key] ?? schema.patternProperties?.[''];
    out[key] = sub ? withDefaults(sub, v) : v;
  }
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    if (out[key] === undefined && sub.default !== undefined) out[key] = withDefaults(sub, structuredClone(sub.default));
  }
  return out;
}

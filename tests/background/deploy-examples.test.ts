/** The example policy files in deploy/ are read back per platform: each gives the same policy, fits the managed schema, and parses cleanly. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePolicy } from '../../entrypoints/background/policy';
import { readPlist, readRegPolicy } from './policy-formats';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));
const schema = json('public/managed_schema.json') as { properties: Record<string, { type: string; items?: { type: string } }> };
const GECKO_ID = /gecko: \{ id: '([^']+)'/.exec(read('wxt.config.ts'))![1];

/** Chrome's registry loader turns a 0/1 dword into a boolean where the schema says boolean. */
function asSchemaSays(policy: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(policy).map(([k, v]) => [k, schema.properties[k]?.type === 'boolean' && typeof v === 'number' ? v !== 0 : v]));
}

const EXAMPLES: { name: string; policy: () => Record<string, unknown> }[] = [
  { name: 'Linux / ChromeOS-style JSON (chrome-linux-policy.json)', policy: () => json('deploy/chrome-linux-policy.json')['3rdparty'].extensions.EXTENSION_ID },
  {
    name: 'Google Admin console (google-admin-policy.json)',
    policy: () => Object.fromEntries(Object.entries(json('deploy/google-admin-policy.json') as Record<string, { Value: unknown }>).map(([k, v]) => [k, v.Value])),
  },
  { name: 'Windows registry, Chrome (windows-chrome.reg)', policy: () => asSchemaSays(readRegPolicy(read('deploy/windows-chrome.reg'))) },
  { name: 'Windows registry, Edge (windows-edge.reg)', policy: () => asSchemaSays(readRegPolicy(read('deploy/windows-edge.reg'))) },
  { name: 'macOS profile, Chrome (macos-chrome.mobileconfig)', policy: () => policyPayload('deploy/macos-chrome.mobileconfig', 'com.google.Chrome.extensions.EXTENSION_ID') },
  { name: 'macOS profile, Edge (macos-edge.mobileconfig)', policy: () => policyPayload('deploy/macos-edge.mobileconfig', 'com.microsoft.Edge.extensions.EXTENSION_ID') },
  { name: 'Firefox policies.json (firefox-policies.json)', policy: () => json('deploy/firefox-policies.json').policies['3rdparty'].Extensions[GECKO_ID] },
];

function policyPayload(path: string, payloadType: string): Record<string, unknown> {
  const content = readPlist(read(path)).PayloadContent as Record<string, unknown>[];
  const payload = content.find((p) => p.PayloadType === payloadType);
  if (!payload) throw new Error(`no ${payloadType} payload`);
  return Object.fromEntries(Object.entries(payload).filter(([k]) => !k.startsWith('Payload')));
}

function schemaProblems(policy: Record<string, unknown>): string[] {
  return Object.entries(policy).flatMap(([key, value]) => {
    const rule = schema.properties[key];
    if (!rule) return [`${key}: not in the managed schema`];
    const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
    if (typeOf(value) !== rule.type) return [`${key}: ${typeOf(value)}, schema says ${rule.type}`];
    if (rule.items && (value as unknown[]).some((item) => typeOf(item) !== rule.items!.type)) return [`${key}: items are not all ${rule.items.type}`];
    return [];
  });
}

describe('deploy/ examples', () => {
  const reference = EXAMPLES[0].policy();

  it.each(EXAMPLES)('$name: same policy as the others, fits the schema, parses with no problems', ({ policy }) => {
    const read = policy();
    expect(read).toEqual(reference);
    expect(schemaProblems(read)).toEqual([]);
    const parsed = parsePolicy(read);
    expect(parsed.problems).toEqual([]);
    expect(parsed.packUrl).toBe(reference.PackUrl);
    expect(parsed.trustedKeys).toHaveLength(1);
  });

  it('docs/deploying.md shows deploy/firefox-policies.json exactly as it is (one example, read by the tests and by people)', () => {
    const firefoxSection = read('docs/deploying.md').split('\n## Firefox\n')[1];
    const shown = /```json\n([\s\S]*?)\n```/.exec(firefoxSection)?.[1];
    expect(shown).toBeDefined();
    expect(JSON.parse(shown!)).toEqual(json('deploy/firefox-policies.json'));
  });

  it('the managed schema is flat and follows Chrome\'s rules (top-level object, every policy typed, no additionalProperties at the top)', () => {
    const whole = json('public/managed_schema.json');
    expect(whole.type).toBe('object');
    expect(whole.additionalProperties).toBeUndefined();
    for (const [name, rule] of Object.entries(schema.properties)) {
      expect(['string', 'integer', 'boolean', 'array'], name).toContain(rule.type);
      if (rule.type === 'array') expect(rule.items?.type, name).toBe('string');
    }
  });
});

/** The setting's enterprise policy (storage.managed): every field type-checked before use, read once and cached until it changes. */
import { browser } from 'wxt/browser';
import { keyProblem, type TrustedKey } from './pack-engine';

export const DEFAULT_INTERVAL_MINUTES = 60;
export const MIN_INTERVAL_MINUTES = 1;
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;

/** The policy as the rest of the background uses it: typed, defaulted, with what was wrong in it. */
export interface Policy {
  /** The pack held in the policy itself (JSON text, or an object where the platform passes one through: Firefox). */
  pack?: unknown;
  packUrl?: string;
  /** Origins packs may come from: the pack URL's own plus any the policy adds (for a redirect to a CDN). */
  allowedOrigins: string[];
  trustedKeys: TrustedKey[];
  /**
   * The policy lists TrustedKeys: only packs signed by one of them are used, from every source. Stays true when no
   * entry could be used: a policy whose keys are all broken trusts nothing (fail closed), it does not trust everything.
   */
  signingRequired: boolean;
  intervalMinutes: number;
  allowImport: boolean;
  /** Each field that was ignored, and why, naming the field as the policy spells it. */
  problems: string[];
  /** The managed area could not be read at all (not the same as "no policy": nothing held is dropped). */
  unreadable?: string;
}

const NO_POLICY: Omit<Policy, 'problems'> = { allowedOrigins: [], trustedKeys: [], signingRequired: false, intervalMinutes: DEFAULT_INTERVAL_MINUTES, allowImport: true };

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'string' ? 'text' : `a ${typeof v}`);

/** Loopback may be plain http (a test or a local server); anything else must be https, so the network cannot swap a pack unnoticed. */
export function isAllowedScheme(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** One trusted key as the policy writes it: "keyId:base64 public key" (one flat string, easy in every policy editor). */
export function parseTrustedKey(entry: string): TrustedKey | null {
  // base64 never holds a colon, so the last colon separates the key from its id.
  const at = entry.lastIndexOf(':');
  if (at <= 0 || at === entry.length - 1) return null;
  return { keyId: entry.slice(0, at).trim(), publicKey: entry.slice(at + 1).trim() };
}

/** Type-checks the raw managed values (Chrome validates against the schema; Firefox's policies.json is not validated, so every field is checked here). */
export function parsePolicy(raw: Record<string, unknown>): Policy {
  const policy: Policy = { ...NO_POLICY, allowedOrigins: [], trustedKeys: [], problems: [] };
  const problem = (field: string, text: string) => policy.problems.push(`${field}: ${text}`);

  if (raw.Pack !== undefined) {
    if (typeof raw.Pack === 'string' || (typeof raw.Pack === 'object' && raw.Pack !== null && !Array.isArray(raw.Pack))) policy.pack = raw.Pack;
    else problem('Pack', `expected the pack as JSON text, got ${typeName(raw.Pack)}`);
  }
  if (raw.PackUrl !== undefined) {
    const url = typeof raw.PackUrl === 'string' ? parseUrl(raw.PackUrl.trim()) : null;
    if (typeof raw.PackUrl !== 'string') problem('PackUrl', `expected an address, got ${typeName(raw.PackUrl)}`);
    else if (!url) problem('PackUrl', `"${raw.PackUrl}" is not an address`);
    else if (!isAllowedScheme(url)) problem('PackUrl', `"${raw.PackUrl}" must start with https:// (plain http only on this computer's loopback)`);
    else {
      policy.packUrl = url.href;
      policy.allowedOrigins.push(url.origin);
    }
  }
  if (raw.AllowedPackOrigins !== undefined) {
    if (!Array.isArray(raw.AllowedPackOrigins)) problem('AllowedPackOrigins', `expected a list of origins, got ${typeName(raw.AllowedPackOrigins)}`);
    else
      raw.AllowedPackOrigins.forEach((entry, i) => {
        const url = typeof entry === 'string' ? parseUrl(entry.trim()) : null;
        if (url && isAllowedScheme(url)) policy.allowedOrigins.push(url.origin);
        else problem(`AllowedPackOrigins[${i}]`, `"${String(entry)}" is not an https origin`);
      });
  }
  if (raw.TrustedKeys !== undefined) {
    // An empty list is how some admin consoles write "not set"; anything else asks for signed packs.
    policy.signingRequired = !(Array.isArray(raw.TrustedKeys) && raw.TrustedKeys.length === 0);
    if (!Array.isArray(raw.TrustedKeys)) problem('TrustedKeys', `expected a list of "keyId:publicKey" entries, got ${typeName(raw.TrustedKeys)}`);
    else
      raw.TrustedKeys.forEach((entry, i) => {
        const key = typeof entry === 'string' ? parseTrustedKey(entry) : null;
        const weak = key && keyProblem(key.publicKey);
        if (!key) problem(`TrustedKeys[${i}]`, `expected "keyId:publicKey", got ${typeof entry === 'string' ? `"${entry}"` : typeName(entry)}`);
        else if (weak) problem(`TrustedKeys[${i}]`, `key "${key.keyId}" cannot be used: ${weak}`);
        else policy.trustedKeys.push(key);
      });
  }
  if (raw.UpdateIntervalMinutes !== undefined) {
    const n = raw.UpdateIntervalMinutes;
    if (typeof n !== 'number' || !Number.isInteger(n)) problem('UpdateIntervalMinutes', `expected a whole number of minutes, got ${typeName(n)}`);
    else policy.intervalMinutes = Math.min(MAX_INTERVAL_MINUTES, Math.max(MIN_INTERVAL_MINUTES, n));
  }
  if (raw.AllowUserImport !== undefined) {
    if (typeof raw.AllowUserImport === 'boolean') policy.allowImport = raw.AllowUserImport;
    else problem('AllowUserImport', `expected true or false, got ${typeName(raw.AllowUserImport)}`);
  }
  return policy;
}

/**
 * Firefox's answer when neither policies.json ("3rdparty" → "Extensions" → the add-on id) nor a managed-storage manifest
 * names the add-on, where Chrome answers {}. It means "no policy", and must not read as a failure: a failure keeps the
 * policy's old packs in force, so a policy withdrawn from Firefox would otherwise never let go of them.
 */
export const FIREFOX_NO_POLICY_MESSAGE = 'Managed storage manifest not found';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

let cached: Promise<Policy> | null = null;

/** The current policy; read from storage.managed once, then from memory until `forgetPolicy` (the managed area changed). */
export function readPolicy(): Promise<Policy> {
  cached ??= browser.storage.managed.get().then(
    (raw) => parsePolicy(raw as Record<string, unknown>),
    (error: unknown) =>
      messageOf(error) === FIREFOX_NO_POLICY_MESSAGE
        ? parsePolicy({})
        : { ...NO_POLICY, allowedOrigins: [], trustedKeys: [], problems: [], unreadable: messageOf(error) },
  );
  return cached;
}

export function forgetPolicy(): void {
  cached = null;
}

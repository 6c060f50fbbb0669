/** The managed policy: every field type-checked, problems named by field, read once and cached. */
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_INTERVAL_MINUTES, FIREFOX_NO_POLICY_MESSAGE, forgetPolicy, parsePolicy, parseTrustedKey, readPolicy, type Policy } from '../../entrypoints/background/policy';

const KEY = 'wqfBxxIeUSyBrBAkgAQhsb9r/OImMLZFhMiZoi352K0=';
/** 32 zero bytes: a point of small order, with which a signature of zeros verifies anything. */
const SMALL_ORDER = btoa(String.fromCharCode(...new Uint8Array(32)));

describe('parsePolicy', () => {
  it.each<{ name: string; raw: Record<string, unknown>; expect: Partial<Policy> }>([
    { name: 'no policy: defaults', raw: {}, expect: { packUrl: undefined, trustedKeys: [], intervalMinutes: DEFAULT_INTERVAL_MINUTES, allowImport: true, problems: [] } },
    { name: 'a pack URL allows its own origin', raw: { PackUrl: 'https://packs.example.org/a.json' }, expect: { packUrl: 'https://packs.example.org/a.json', allowedOrigins: ['https://packs.example.org'] } },
    { name: 'plain http only on loopback', raw: { PackUrl: 'http://127.0.0.1:8080/p.json' }, expect: { packUrl: 'http://127.0.0.1:8080/p.json', problems: [] } },
    { name: 'plain http elsewhere is refused', raw: { PackUrl: 'http://packs.example.org/a.json' }, expect: { packUrl: undefined, problems: ['PackUrl: "http://packs.example.org/a.json" must start with https:// (plain http only on this computer\'s loopback)'] } },
    { name: 'a number for the URL', raw: { PackUrl: 42 }, expect: { packUrl: undefined, problems: ['PackUrl: expected an address, got a number'] } },
    { name: 'keys as "keyId:publicKey"', raw: { TrustedKeys: [`la-2026:${KEY}`] }, expect: { trustedKeys: [{ keyId: 'la-2026', publicKey: KEY }] } },
    { name: 'a key without its id', raw: { TrustedKeys: [KEY] }, expect: { trustedKeys: [], problems: [`TrustedKeys[0]: expected "keyId:publicKey", got "${KEY}"`] } },
    { name: 'keys not a list', raw: { TrustedKeys: 'x:y' }, expect: { signingRequired: true, problems: ['TrustedKeys: expected a list of "keyId:publicKey" entries, got text'] } },
    { name: 'keys ask for signed packs', raw: { TrustedKeys: [`la-2026:${KEY}`] }, expect: { signingRequired: true } },
    { name: 'an empty list of keys is no keys', raw: { TrustedKeys: [] }, expect: { signingRequired: false, trustedKeys: [] } },
    { name: 'no usable key still asks for signed packs (fail closed)', raw: { TrustedKeys: ['la:not-a-key'] }, expect: { signingRequired: true, trustedKeys: [], problems: ['TrustedKeys[0]: key "la" cannot be used: the public key is not base64'] } },
    { name: 'a small-order key is refused', raw: { TrustedKeys: [`weak:${SMALL_ORDER}`, `la-2026:${KEY}`] }, expect: { trustedKeys: [{ keyId: 'la-2026', publicKey: KEY }], problems: ['TrustedKeys[0]: key "weak" cannot be used: the public key is a weak (small-order) key that would accept forged packs'] } },
    { name: 'a key of the wrong length is refused', raw: { TrustedKeys: [`short:${btoa('abc')}`] }, expect: { trustedKeys: [], problems: ['TrustedKeys[0]: key "short" cannot be used: the public key should be 32 bytes, got 3'] } },
    { name: 'interval clamped to a week', raw: { UpdateIntervalMinutes: 99999 }, expect: { intervalMinutes: 10080 } },
    { name: 'interval as text', raw: { UpdateIntervalMinutes: '30' }, expect: { intervalMinutes: DEFAULT_INTERVAL_MINUTES, problems: ['UpdateIntervalMinutes: expected a whole number of minutes, got text'] } },
    { name: 'import switched off', raw: { AllowUserImport: false }, expect: { allowImport: false } },
    { name: 'import as text', raw: { AllowUserImport: 'no' }, expect: { allowImport: true, problems: ['AllowUserImport: expected true or false, got text'] } },
    { name: 'inline pack as JSON text', raw: { Pack: '{"format":"second-look/pack@1"}' }, expect: { pack: '{"format":"second-look/pack@1"}' } },
    { name: 'inline pack as an object (Firefox policies.json)', raw: { Pack: { id: 'x' } }, expect: { pack: { id: 'x' } } },
    { name: 'inline pack as a list', raw: { Pack: [] }, expect: { pack: undefined, problems: ['Pack: expected the pack as JSON text, got a list'] } },
    { name: 'extra origins for a redirect', raw: { PackUrl: 'https://a.example/p', AllowedPackOrigins: ['https://cdn.example/x', 'ftp://y'] }, expect: { allowedOrigins: ['https://a.example', 'https://cdn.example'], problems: ['AllowedPackOrigins[1]: "ftp://y" is not an https origin'] } },
  ])('$name', ({ raw, expect: wanted }) => {
    const policy = parsePolicy(raw);
    // Field by field, so "undefined" means "not set" rather than "a key holding undefined".
    for (const [field, value] of Object.entries(wanted)) expect(policy[field as keyof Policy], field).toEqual(value);
  });

  it.each([
    { entry: 'la-2026:abc=', key: { keyId: 'la-2026', publicKey: 'abc=' } },
    { entry: 'site:2026:abc=', key: { keyId: 'site:2026', publicKey: 'abc=' } },
    { entry: ':abc=', key: null },
    { entry: 'la-2026:', key: null },
  ])('parseTrustedKey("$entry")', ({ entry, key }) => {
    expect(parseTrustedKey(entry)).toEqual(key);
  });
});

describe('readPolicy', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetPolicy();
  });

  it('reads storage.managed once and serves later calls from memory until forgotten', async () => {
    await fakeBrowser.storage.managed.set({ PackUrl: 'https://a.example/p.json' });
    expect((await readPolicy()).packUrl).toBe('https://a.example/p.json');
    await fakeBrowser.storage.managed.set({ PackUrl: 'https://b.example/p.json' });
    expect((await readPolicy()).packUrl).toBe('https://a.example/p.json');
    forgetPolicy();
    expect((await readPolicy()).packUrl).toBe('https://b.example/p.json');
  });

  it.each<{ name: string; message: string; unreadable: string | undefined }>([
    { name: "Firefox's \"no manifest names this add-on\" is no policy, not a failure", message: FIREFOX_NO_POLICY_MESSAGE, unreadable: undefined },
    { name: 'any other rejection is a policy that could not be read', message: 'An unexpected error occurred', unreadable: 'An unexpected error occurred' },
  ])('$name', async ({ message, unreadable }) => {
    const rejecting = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error(message));
    onTestFinished(() => rejecting.mockRestore());
    const policy = await readPolicy();
    expect(policy.unreadable).toBe(unreadable);
    expect(policy.problems).toEqual([]);
    expect(policy.packUrl).toBeUndefined();
  });
});

/**
 * Ed25519 signing and verification of packs, with keys as base64 of their 32 raw bytes.
 * Uses WebCrypto's SHA-512 through @noble/ed25519's async API: Node and extensions both have it.
 */
import * as ed from '@noble/ed25519';
import { signedBytes } from './canonical';

export interface KeyPair { publicKey: string; privateKey: string }
export interface TrustedKey { keyId: string; publicKey: string }

export type VerifyResult =
  | { ok: true; keyId: string }
  | { ok: false; reason: 'unsigned' | 'unknown-key' | 'bad-signature' | 'bad-key'; message: string };

const toB64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
function fromB64(text: string, what: string, length: number): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0));
  } catch {
    throw new Error(`${what} is not base64`);
  }
  if (bytes.length !== length) throw new Error(`${what} should be ${length} bytes, got ${bytes.length}`);
  return bytes;
}

export async function generateKeyPair(): Promise<KeyPair> {
  const secret = ed.utils.randomSecretKey();
  return { privateKey: toB64(secret), publicKey: toB64(await ed.getPublicKeyAsync(secret)) };
}

/** Returns a copy of the pack carrying a signature by `privateKey` under `keyId`. */
export async function signPack<T extends Record<string, unknown>>(pack: T, privateKey: string, keyId: string): Promise<T> {
  const secret = fromB64(privateKey, 'the private key', 32);
  const sig = await ed.signAsync(signedBytes(pack), secret);
  return { ...pack, signature: { alg: 'Ed25519', keyId, value: toB64(sig) } };
}

export async function publicKeyOf(privateKey: string): Promise<string> {
  return toB64(await ed.getPublicKeyAsync(fromB64(privateKey, 'the private key', 32)));
}

/**
 * Why a public key cannot be trusted, or null: not base64 of 32 bytes, not a point on the curve, or of small order
 * (with one of those eight points, a signature of zeros "verifies" any pack).
 */
export function keyProblem(publicKey: string): string | null {
  let bytes: Uint8Array;
  try {
    bytes = fromB64(publicKey, 'the public key', 32);
  } catch (e) {
    return (e as Error).message;
  }
  let point: ed.Point;
  try {
    point = ed.Point.fromBytes(bytes, false);
  } catch {
    return 'the public key is not an Ed25519 key';
  }
  return point.isSmallOrder() ? 'the public key is a weak (small-order) key that would accept forged packs' : null;
}

/**
 * Checks the pack's signature against the trusted keys. Every trusted key with the pack's keyId is tried (a setting
 * rotating keys may list two under one id); verification is strict RFC 8032 (no small-order keys, canonical encodings).
 */
export async function verifyPack(pack: Record<string, unknown>, trusted: TrustedKey[]): Promise<VerifyResult> {
  const sig = pack.signature as { keyId?: string; value?: string } | undefined;
  if (!sig?.value || !sig.keyId) return { ok: false, reason: 'unsigned', message: 'the pack is not signed' };
  const keys = trusted.filter((k) => k.keyId === sig.keyId);
  if (!keys.length) return { ok: false, reason: 'unknown-key', message: `the pack is signed with key "${sig.keyId}", which is not one of the trusted keys` };
  let value: Uint8Array;
  try {
    value = fromB64(sig.value, 'the signature', 64);
  } catch (e) {
    return { ok: false, reason: 'bad-signature', message: (e as Error).message };
  }
  const message = signedBytes(pack);
  let badKey: string | null = null;
  for (const key of keys) {
    const problem = keyProblem(key.publicKey);
    if (problem) {
      badKey ??= `trusted key "${key.keyId}": ${problem}`;
      continue;
    }
    const publicKey = fromB64(key.publicKey, `trusted key "${key.keyId}"`, 32);
    if (await ed.verifyAsync(value, message, publicKey, { zip215: false }).catch(() => false)) return { ok: true, keyId: key.keyId };
  }
  if (badKey && keys.every((k) => keyProblem(k.publicKey))) return { ok: false, reason: 'bad-key', message: badKey };
  return { ok: false, reason: 'bad-signature', message: `its signature does not match key "${sig.keyId}"` };
}

/** Judges one candidate pack: validate → verify its signature when the policy sets keys → the no-rollback rule. Pure: no storage, no browser. */
import { canonicalJson, parsePack, verifyPack, type TrustedKey } from './pack-engine';
import { compareWithHeld, compareWithSeen, highWaterKey, type HeldPack, type HighWater, type RefusalReason, type SourceKind } from './decide';

export type Verdict =
  | { outcome: 'accepted'; held: HeldPack }
  /** The very pack already held: nothing to do, nothing to report. */
  | { outcome: 'unchanged' }
  | { outcome: 'refused'; reason: RefusalReason };

export interface Candidate {
  kind: SourceKind;
  /** JSON text or an already parsed value. */
  input: unknown;
  url?: string;
}

/** What the policy says about signatures: its usable keys, and whether it asked for signed packs at all. */
export interface Trust {
  trustedKeys: TrustedKey[];
  signingRequired: boolean;
}

/**
 * Whether a pack's signature satisfies the policy. With no TrustedKeys in the policy every pack does (the contract
 * signs only where a key is trusted); with TrustedKeys none of which can be used, none does (fail closed).
 */
export async function signatureProblem(pack: Record<string, unknown>, trust: Trust): Promise<{ reason: RefusalReason } | { keyId?: string }> {
  if (!trust.signingRequired && trust.trustedKeys.length === 0) return {};
  if (trust.trustedKeys.length === 0) return { reason: { kind: 'no-usable-key' } };
  const result = await verifyPack(pack, trust.trustedKeys);
  if (result.ok) return { keyId: result.keyId };
  switch (result.reason) {
    case 'unsigned':
      return { reason: { kind: 'unsigned' } };
    case 'unknown-key':
      return { reason: { kind: 'unknown-key', keyId: String((pack.signature as { keyId?: unknown }).keyId) } };
    case 'bad-signature':
      return { reason: { kind: 'bad-signature' } };
    case 'bad-key':
      return { reason: { kind: 'bad-key', detail: result.message } };
  }
}

/** A pack's digest: SHA-256 of its canonical JSON, in hex. Tells "the same pack again" from "a changed pack", and costs 64 characters to keep. */
export async function packDigest(pack: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(pack));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function judgeCandidate(
  candidate: Candidate,
  held: HeldPack | undefined,
  trust: Trust,
  now: number,
  seen: Record<string, HighWater> = {},
): Promise<Verdict> {
  // parsePack reads text itself: a byte-order mark, duplicate keys and the size limits are its to judge.
  const parsed = parsePack(candidate.input);
  if (!parsed.ok) return { outcome: 'refused', reason: { kind: 'invalid', errors: parsed.errors } };
  // The pack as accepted is the parsed value before defaults: what was signed.
  const raw = (typeof candidate.input === 'string' ? JSON.parse(candidate.input.replace(/^\ufeff/, '')) : candidate.input) as Record<string, unknown>;

  const signed = await signatureProblem(raw, trust);
  if ('reason' in signed) return { outcome: 'refused', reason: signed.reason };

  const digest = await packDigest(raw);
  const { pack } = parsed;
  const verdict = compareWithHeld({ version: pack.version, digest, url: candidate.url }, held);
  if (verdict === 'same-pack') return { outcome: 'unchanged' };
  if (verdict === 'older') return { outcome: 'refused', reason: { kind: 'older', version: pack.version, held: held!.version } };
  if (verdict === 'same-version') return { outcome: 'refused', reason: { kind: 'same-version', version: pack.version } };
  const high = seen[highWaterKey(candidate.kind, candidate.url, signed.keyId)];
  switch (compareWithSeen({ version: pack.version, digest }, high)) {
    case 'seen-newer':
      return { outcome: 'refused', reason: { kind: 'seen-newer', version: pack.version, seen: high!.version } };
    case 'same-version':
      return { outcome: 'refused', reason: { kind: 'same-version', version: pack.version } };
    case 'ok':
      return {
        outcome: 'accepted',
        held: { kind: candidate.kind, pack: raw, id: pack.id, setting: pack.setting.name, version: pack.version, url: candidate.url, keyId: signed.keyId, acceptedAt: now, digest },
      };
  }
}

/** Judges one candidate pack: validate → verify its signature when the policy sets keys → the no-rollback rule. Pure: no storage, no browser. */
import { canonicalJson, parsePack, verifyPack, type TrustedKey } from './pack-engine';
import { compareWithHeld, type HeldPack, type RefusalReason, type SourceKind } from './decide';

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

/** Whether a pack's signature satisfies the trusted keys; with no keys set every pack does (the contract signs only where a key is trusted). */
export async function signatureProblem(pack: Record<string, unknown>, keys: TrustedKey[]): Promise<{ reason: RefusalReason } | { keyId?: string }> {
  if (keys.length === 0) return {};
  const result = await verifyPack(pack, keys);
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

export async function judgeCandidate(candidate: Candidate, held: HeldPack | undefined, keys: TrustedKey[], now: number): Promise<Verdict> {
  let value = candidate.input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      // parsePack words the JSON error with its line and column.
      const parsed = parsePack(value);
      return { outcome: 'refused', reason: { kind: 'invalid', errors: parsed.ok ? ['not JSON'] : parsed.errors } };
    }
  }
  const parsed = parsePack(value);
  if (!parsed.ok) return { outcome: 'refused', reason: { kind: 'invalid', errors: parsed.errors } };
  const raw = value as Record<string, unknown>;

  const signed = await signatureProblem(raw, keys);
  if ('reason' in signed) return { outcome: 'refused', reason: signed.reason };

  const digest = canonicalJson(raw);
  const { pack } = parsed;
  switch (compareWithHeld({ version: pack.version, digest, url: candidate.url }, held)) {
    case 'same-pack':
      return { outcome: 'unchanged' };
    case 'older':
      return { outcome: 'refused', reason: { kind: 'older', version: pack.version, held: held!.version } };
    case 'same-version':
      return { outcome: 'refused', reason: { kind: 'same-version', version: pack.version } };
    case 'newer':
      return {
        outcome: 'accepted',
        held: { kind: candidate.kind, pack: raw, id: pack.id, setting: pack.setting.name, version: pack.version, url: candidate.url, keyId: signed.keyId, acceptedAt: now, digest },
      };
  }
}

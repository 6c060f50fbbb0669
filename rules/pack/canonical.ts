/** Canonical JSON: keys sorted, no white space. What a pack's signature covers. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The bytes a signature is made over: the pack without its `signature`, canonically. */
export function signedBytes(pack: Record<string, unknown>): Uint8Array {
  const { signature: _ignored, ...rest } = pack;
  return new TextEncoder().encode(canonicalJson(rest));
}

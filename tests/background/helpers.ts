/** Packs, keys and a scripted pack server for the background tests. */
import { demoPack, generateKeyPair, signPack, type Pack } from '../../rules';

export const KEY_ID = 'test-2026';

export function packAt(version: number, change: Partial<Pack> = {}): Record<string, unknown> {
  // A deep copy: tests tamper with packs, and the demo pack is shared.
  const copy = JSON.parse(JSON.stringify({ ...demoPack, id: 'test-setting', version, ...change })) as Record<string, unknown>;
  delete copy.signature;
  return copy;
}

export async function keys() {
  const pair = await generateKeyPair();
  return { ...pair, policyEntry: `${KEY_ID}:${pair.publicKey}`, sign: (pack: Record<string, unknown>) => signPack(pack, pair.privateKey, KEY_ID) };
}

export interface Reply {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** Where the response says it ended up (after redirects). */
  url?: string;
  /** Reject like a network failure. */
  fail?: string;
  /** Never answer until aborted. */
  hang?: boolean;
}

/** A fetch stand-in that plays scripted replies in order (the last one repeats) and records each request. */
export function scriptedFetch(...replies: Reply[]) {
  const requests: { url: string; headers: Record<string, string>; cache?: RequestCache }[] = [];
  const fetchImpl = (url: string, init: RequestInit = {}): Promise<Response> => {
    const reply = replies[Math.min(requests.length, replies.length - 1)];
    requests.push({ url, headers: { ...(init.headers as Record<string, string>) }, cache: init.cache });
    if (reply.fail) return Promise.reject(new TypeError(reply.fail));
    if (reply.hang)
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError'))));
    const response = new Response(reply.status === 304 ? null : (reply.body ?? ''), { status: reply.status ?? 200, headers: reply.headers });
    Object.defineProperty(response, 'url', { value: reply.url ?? url });
    return Promise.resolve(response);
  };
  return { fetchImpl, requests };
}

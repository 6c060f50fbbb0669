/** Fetches the policy's pack URL: conditional GET (ETag / Last-Modified), a time-out, and only from origins the policy allows. */

export const FETCH_TIMEOUT_MS = 15_000;
/** A pack with a few logos is well under this; anything bigger is a wrong file, not a pack. */
export const MAX_PACK_BYTES = 8 * 1024 * 1024;

/** What the last good answer said about itself, sent back so an unchanged pack costs a 304 and no body. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome =
  | { status: 'not-modified' }
  | { status: 'fetched'; body: string; validators: Validators }
  /** Not the server's pack: refuse it as a pack, do not retry sooner. */
  | { status: 'forbidden-origin'; origin: string }
  /** The network or the server failed: try again later (back-off). */
  | { status: 'failed'; problem: string };

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface FetchOptions {
  allowedOrigins: string[];
  validators?: Validators;
  timeoutMs?: number;
  fetchImpl?: FetchLike;
}

function describeFailure(error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `no answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} seconds` : `${timeoutMs} ms`}`;
  const message = error instanceof Error ? error.message : String(error);
  return `the server could not be reached (${message})`;
}

async function request(url: string, headers: Record<string, string>, cache: RequestCache, timeoutMs: number, fetchImpl: FetchLike) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetchImpl(url, { headers, cache, credentials: 'omit', redirect: 'follow', signal: controller.signal });
    // The body is read under the same time-out: a server that stalls mid-body is as dead as one that never answers.
    const body = response.status === 200 ? await response.text() : '';
    return { response, body };
  } catch (error) {
    throw new Error(describeFailure(error, timedOut, timeoutMs));
  } finally {
    clearTimeout(timer);
  }
}

export async function fetchPack(url: string, options: FetchOptions): Promise<FetchOutcome> {
  const { allowedOrigins, validators = {}, timeoutMs = FETCH_TIMEOUT_MS, fetchImpl = globalThis.fetch.bind(globalThis) } = options;
  const origin = new URL(url).origin;
  if (!allowedOrigins.includes(origin)) return { status: 'forbidden-origin', origin };

  const conditional: Record<string, string> = {};
  if (validators.etag) conditional['If-None-Match'] = validators.etag;
  if (validators.lastModified) conditional['If-Modified-Since'] = validators.lastModified;

  let answer: Awaited<ReturnType<typeof request>>;
  try {
    // no-store: the conditional headers are ours, so the browser's own cache must not answer or add its own.
    answer = await request(url, conditional, 'no-store', timeoutMs, fetchImpl);
  } catch (error) {
    if (Object.keys(conditional).length === 0) return { status: 'failed', problem: (error as Error).message };
    // The conditional headers make a cross-origin request "preflighted"; a file host that allows plain GETs but not
    // the preflight fails here. Ask once more plainly and let the browser's cache revalidate instead.
    try {
      answer = await request(url, {}, 'no-cache', timeoutMs, fetchImpl);
    } catch (second) {
      return { status: 'failed', problem: (second as Error).message };
    }
  }
  const { response, body } = answer;
  // A redirect may lead anywhere; the pack must still come from an origin the policy named.
  const finalOrigin = response.url ? new URL(response.url).origin : origin;
  if (!allowedOrigins.includes(finalOrigin)) return { status: 'forbidden-origin', origin: finalOrigin };
  if (response.status === 304) return { status: 'not-modified' };
  if (response.status !== 200) return { status: 'failed', problem: `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
  if (body.length > MAX_PACK_BYTES) return { status: 'failed', problem: `the file is ${Math.round(body.length / 1024 / 1024)} MB, too large for a pack` };
  return {
    status: 'fetched',
    body,
    validators: { etag: response.headers.get('ETag') ?? undefined, lastModified: response.headers.get('Last-Modified') ?? undefined },
  };
}

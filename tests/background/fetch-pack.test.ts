/** Fetching the pack URL: conditional requests, time-outs, failures and the origin allow-list. */
import { describe, expect, it } from 'vitest';
import { fetchPack, type FetchOutcome } from '../../entrypoints/background/fetch-pack';
import { scriptedFetch, type Reply } from './helpers';

const URL_A = 'https://packs.example.org/acorns.json';
const ORIGINS = ['https://packs.example.org'];

describe('fetchPack outcomes', () => {
  it.each<{ name: string; replies: Reply[]; validators?: { etag?: string; lastModified?: string }; outcome: Partial<FetchOutcome> & { problem?: RegExp | string } }>([
    {
      name: 'a 200 keeps the body and its validators',
      replies: [{ body: '{"v":1}', headers: { ETag: '"v1"', 'Last-Modified': 'Sat, 21 Nov 2026 09:00:00 GMT' } }],
      outcome: { status: 'fetched', body: '{"v":1}', validators: { etag: '"v1"', lastModified: 'Sat, 21 Nov 2026 09:00:00 GMT' } },
    },
    { name: 'a 304 is "not modified"', replies: [{ status: 304 }], validators: { etag: '"v1"' }, outcome: { status: 'not-modified' } },
    { name: 'a 404 is a failure in words', replies: [{ status: 404 }], outcome: { status: 'failed', problem: 'the server answered 404' } },
    { name: 'a 500 is a failure', replies: [{ status: 500 }], outcome: { status: 'failed', problem: 'the server answered 500' } },
    { name: 'offline', replies: [{ fail: 'Failed to fetch' }], outcome: { status: 'failed', problem: 'the server could not be reached (Failed to fetch)' } },
    { name: 'a redirect to an origin the policy does not name', replies: [{ body: '{}', url: 'https://evil.example/acorns.json' }], outcome: { status: 'forbidden-origin', origin: 'https://evil.example' } },
  ])('$name', async ({ replies, validators, outcome }) => {
    const { fetchImpl } = scriptedFetch(...replies);
    const got = await fetchPack(URL_A, { allowedOrigins: ORIGINS, validators, fetchImpl });
    const { problem, ...rest } = outcome;
    expect(got).toMatchObject(rest);
    if (problem) expect((got as { problem: string }).problem).toBe(problem);
  });

  it('sends the validators it was given as If-None-Match and If-Modified-Since, bypassing the browser cache', async () => {
    const { fetchImpl, requests } = scriptedFetch({ status: 304 });
    await fetchPack(URL_A, { allowedOrigins: ORIGINS, validators: { etag: '"v1"', lastModified: 'Sat, 21 Nov 2026 09:00:00 GMT' }, fetchImpl });
    expect(requests).toEqual([{ url: URL_A, headers: { 'If-None-Match': '"v1"', 'If-Modified-Since': 'Sat, 21 Nov 2026 09:00:00 GMT' }, cache: 'no-store' }]);
  });

  it('asks again plainly when the conditional request fails (a host that refuses the CORS preflight)', async () => {
    const { fetchImpl, requests } = scriptedFetch({ fail: 'CORS preflight' }, { body: '{"v":2}' });
    const got = await fetchPack(URL_A, { allowedOrigins: ORIGINS, validators: { etag: '"v1"' }, fetchImpl });
    expect(got.status).toBe('fetched');
    expect(requests.map((r) => [r.headers, r.cache])).toEqual([[{ 'If-None-Match': '"v1"' }, 'no-store'], [{}, 'no-cache']]);
  });

  it('gives up after the time-out, saying so', async () => {
    const { fetchImpl } = scriptedFetch({ hang: true });
    const started = Date.now();
    const got = await fetchPack(URL_A, { allowedOrigins: ORIGINS, fetchImpl, timeoutMs: 50 });
    expect(got).toEqual({ status: 'failed', problem: 'no answer within 50 ms' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('never asks an origin the policy does not name', async () => {
    const { fetchImpl, requests } = scriptedFetch({ body: '{}' });
    const got = await fetchPack('https://elsewhere.example/p.json', { allowedOrigins: ORIGINS, fetchImpl });
    expect(got).toEqual({ status: 'forbidden-origin', origin: 'https://elsewhere.example' });
    expect(requests).toHaveLength(0);
  });
});

/** What each site's origin answers in the tests, whichever browser asks: the fixture pages, their scripts, and nothing else. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Site } from './driver';

export const SITE_ORIGINS: Record<Site, string> = {
  x: 'https://x.com',
  facebook: 'https://www.facebook.com',
  mfacebook: 'https://m.facebook.com',
  instagram: 'https://www.instagram.com',
  linkedin: 'https://www.linkedin.com',
  threads: 'https://www.threads.com',
  threadsnet: 'https://www.threads.net',
  bluesky: 'https://bsky.app',
};

export interface FixtureResponse {
  status: number;
  contentType: string;
  body: string | Buffer;
}

/** The site whose origin serves this address, if it is one of ours. */
export function siteOf(url: string): Site | null {
  const origin = new URL(url).origin;
  const hit = Object.entries(SITE_ORIGINS).find(([, o]) => o === origin);
  return hit ? (hit[0] as Site) : null;
}

/** The answer for a path on a site's origin, read from the built fixtures in dir. */
export function fixtureResponse(site: Site, path: string, dir: string): FixtureResponse {
  if (path.startsWith('/__fixtures/')) return { status: 200, contentType: 'text/javascript', body: readFileSync(join(dir, path.slice('/__fixtures/'.length))) };
  if (path === '/second-look-demo') return { status: 200, contentType: 'text/html', body: readFileSync(join(dir, 'demo.html')) };
  if (path === '/favicon.ico') return { status: 404, contentType: 'text/plain', body: '' };
  // A watched page with no composer at all: what start-up costs on every page of the site.
  if (path === '/__empty') return { status: 200, contentType: 'text/html', body: '<!doctype html><title>empty</title><p>No composer here.</p>' };
  return { status: 200, contentType: 'text/html', body: readFileSync(join(dir, `${site}.html`)) };
}

/** The list of supported sites and the pick for a hostname: the one place a new site is registered. */
import type { SiteAdapter } from './types';
import { x } from './x';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { threads } from './threads';
import { bluesky } from './bluesky';

export const SITES: readonly SiteAdapter[] = [x, facebook, instagram, linkedin, threads, bluesky];

export function siteFor(hostname: string): SiteAdapter | null {
  const host = hostname.toLowerCase();
  return SITES.find((s) => s.hosts.some((h) => host === h || host.endsWith(`.${h}`))) ?? null;
}

export type { SiteAdapter, Composer, Submission } from './types';

/**
 * Links in a post: web addresses with or without a scheme. A link to one of the setting's
 * domains, or to its page on a social site, is `setting-link`. Words inside any link are left
 * out of name matching: a link is judged as a link.
 */
export interface Link { start: number; end: number; host: string; path: string }

const TLDS = 'com|co\\.uk|org\\.uk|org|uk|net|io|info|biz|me|app|page|site|online|example|sch\\.uk|ac\\.uk|gov\\.uk|ie|eu|edu|nhs\\.uk';
const URL = new RegExp(
  `(?<![@\\w.])(?:(?:https?://)(?:[\\w-]+\\.)+[a-z]{2,}|(?:www\\.)(?:[\\w-]+\\.)+[a-z]{2,}|(?:[a-z0-9][\\w-]*\\.)+(?:${TLDS}))(?![\\w-])(?:/[^\\s<>"'\\])]*)?`,
  'gi',
);
const SOCIAL_HOSTS = /^(?:(?:www|m|mobile|web)\.)?(?:facebook\.com|fb\.com|fb\.me|instagram\.com|instagr\.am|x\.com|twitter\.com|tiktok\.com|youtube\.com|linkedin\.com|threads\.net)$/;

export function findLinks(text: string): Link[] {
  const links: Link[] = [];
  for (const m of text.matchAll(URL)) {
    const raw = m[0].replace(/[.,!?;:]+$/, '');
    const withoutScheme = raw.replace(/^https?:\/\//i, '');
    const slash = withoutScheme.indexOf('/');
    const host = (slash < 0 ? withoutScheme : withoutScheme.slice(0, slash)).toLowerCase();
    const path = slash < 0 ? '' : withoutScheme.slice(slash);
    links.push({ start: m.index, end: m.index + raw.length, host, path });
  }
  return links;
}

/**
 * Is the link the setting's: its domain (or a sub-domain), or a social page whose first path
 * segment is one of its handles or spells its name (facebook.com/littleacornsnursery)?
 */
export function isSettingLink(link: Link, domains: string[], handleKeys: Set<string>, nameKeys: string[]): boolean {
  if (domains.some((d) => link.host === d || link.host.endsWith(`.${d}`))) return true;
  if (!SOCIAL_HOSTS.test(link.host)) return false;
  const segment = (link.path.split(/[/?#]/)[1] ?? '').replace(/^@/, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!segment) return false;
  return handleKeys.has(segment) || nameKeys.some((k) => k.length >= 6 && segment.includes(k));
}

/** Links and personal details found in the raw text; words inside links are set aside. */
import { findLinks, isSettingLink } from '../match/links';
import { findPersonalInfo } from '../match/personal-info';
import type { Run } from '../run';

export function judgeLinksAndPersonalInfo(run: Run): ReturnType<typeof findLinks> {
  const { c, f, tokens } = run;
  const links = findLinks(f.text);
  const personal = findPersonalInfo(f.text);
  const blocked = [...links, ...personal.filter((p) => p.id === 'email')];
  tokens.forEach((t, i) => { run.skip[i] = blocked.length > 0 && blocked.some((b) => t.fStart >= b.start && t.fEnd <= b.end); });
  const settingLinks = links.filter((link) => isSettingLink(link, c.domains, c.handleKeys, c.settingKeys));
  // A work address at the setting's domain ties the post to it as surely as a link does.
  for (const p of personal) {
    const domain = p.id === 'email' ? f.text.slice(p.start, p.end).split('@')[1]?.toLowerCase() : undefined;
    if (domain && c.domains.some((d) => domain === d || domain.endsWith(`.${d}`))) run.addFolded('setting-link', 'setting-link/email', c.severity['setting-link'], p.start, p.end);
  }
  for (const link of settingLinks) run.addFolded('setting-link', 'setting-link', c.severity['setting-link'], link.start, link.end);
  for (const p of personal) run.addFolded('personal-info', `personal-info/${p.id}`, c.severity['personal-info'], p.start, p.end);
  return settingLinks;
}

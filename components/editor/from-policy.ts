/**
 * A setting's own social networking policy (pasted text) read for what the pack needs: the setting's name, the
 * clause that best says each rule, and confidential matters it lists. Suggestions only: the manager confirms each.
 * Pure, and plain keyword evidence: every suggestion quotes the policy's own words.
 */
import type { Category } from '../../rules/types';

export interface PolicySuggestions {
  settingName?: string;
  title?: string;
  clauses: Partial<Record<Category, string>>;
  /** Phrases the policy lists as confidential ("such as ..."), for a confidential term. */
  confidential: string[];
}

/** Words that show a sentence is about each category; a clause needs one of them and a rule word. */
const CUES: Partial<Record<Category, RegExp[]>> = {
  'setting-name': [/\b(name|logo)\b.*\b(setting|nursery|school|centre|pre-?school)\b|\b(setting|nursery|school|centre)'?s? name\b|\buse of\b.*\bname\b/i],
  'child-name': [/\b(child(ren)?|pupils?)\b.*\b(name|identif\w*)\b|\bname\b.*\bchild/i, /\b(photo\w*|images?|pictures?)\b.*\bchild/i],
  'staff-name': [/\b(colleagues?|staff|members? of staff|employees?)\b.*\b(name|discuss\w*|identif\w*)\b/i, /\bdiscuss\w*\b.*\b(colleagues?|staff)\b/i],
  derogatory: [/\b(derogatory|defamatory|disparag\w*|offensive|abusive|insult\w*|criticis\w*|bring\b.*\binto disrepute|damage\b.*\breputation)\b/i],
  profanity: [/\b(swear\w*|profan\w*|obscen\w*|foul|inappropriate language|offensive language)\b/i],
  'personal-info': [/\b(personal (information|details|data)|home address|phone numbers?|contact details|addresses)\b/i],
  confidential: [/\bconfidential\b/i, /\bbusiness[- ]sensitive\b/i],
  'work-talk': [/\b(discuss\w*|talk\w*|comment\w*|post\w*)\b.*\b(work|the setting|children|families|parents)\b/i],
  'political-religious': [/\b(politic\w*|religio\w*|campaign\w*|recruit\w*|extremis\w*)\b/i],
  logo: [/\blogo\b/i],
  'photo-of-people': [/\b(photo\w*|images?|pictures?|videos?)\b.*\b(child\w*|pupils?|staff|parents|families|people)\b/i],
};
const RULE = /\b(must|must not|mustn't|should not|shouldn't|never|not (be |considered )?(acceptable|permitted|allowed)|unacceptable|prohibited|forbidden|avoid|under no circumstances|do not|don't|refrain|may not|cannot)\b/i;

const SETTING_NOUN = /(Day Nursery|Nursery|Nursery School|Pre-?[Ss]chool|Preschool|Playgroup|School|Academy|Centre|Center|Kindergarten|Kids|Club|Children's Centre)$/;
const NOT_A_NAME = /^(Social|Networking|Media|Policy|Facebook|Twitter|Instagram|You ?Tube|YouTube|Snapchat|WhatsApp|LinkedIn|Data Protection|Code|Conduct|Key|Aims|Introduction|The|This|Head|ICT|Safeguarding|Local|Authority|Act|Learning|Freedom|Information|Registered|Charity|Number)\b/;

/** Lines, bullet items and sentences: the units a clause is chosen from. A bullet under a lead-in that states the
 * rule ("The following are not considered acceptable:") carries that rule even without a rule word of its own. */
export function units(text: string): { text: string; ruled: boolean }[] {
  const out: { text: string; ruled: boolean }[] = [];
  let leadIn = false;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const bullet = /^[·•\-–*]|^\d+[.)]\s/.test(line);
    if (!bullet) leadIn = /:\s*$/.test(line) && RULE.test(line);
    for (const piece of line.split(/(?<=[.!?])\s+(?=[A-Z“"])/)) {
      const t = piece.replace(/^[\s·•\-–*\d.)]+/, '').replace(/\s+/g, ' ').trim();
      if (t.length >= 40 && t.length <= 1000) out.push({ text: t, ruled: RULE.test(t) || (bullet && leadIn) });
    }
  }
  return out;
}

/** The setting's name: the most frequent capitalised name ending in a setting word, else the most frequent after "at". */
export function findSettingName(text: string): string | undefined {
  const counts = new Map<string, number>();
  const bump = (k: string, by = 1) => counts.set(k, (counts.get(k) ?? 0) + by);
  for (const m of text.matchAll(/\b(?:[A-Z][\w'’&-]*\s){0,4}[A-Z][\w'’&-]*/g)) {
    const phrase = m[0].trim();
    const words = phrase.split(/\s+/);
    // Drop leading words that cannot start a name ("The", headings).
    while (words.length > 1 && NOT_A_NAME.test(words[0]!)) words.shift();
    while (words.length > 1 && NOT_A_NAME.test(words.at(-1)!)) words.pop();
    const name = words.join(' ');
    if (words.length >= 2 && SETTING_NOUN.test(name) && !NOT_A_NAME.test(name)) bump(name, 2);
  }
  for (const m of text.matchAll(/\b(?:at|of|within|from)\s+((?:[A-Z][\w'’&-]+\s){0,3}[A-Z][\w'’&-]+)/g)) {
    const name = m[1]!.trim();
    if (!NOT_A_NAME.test(name) && name.split(/\s+/).length >= 2) bump(name, 1);
  }
  const ranked = [...counts].filter(([, n]) => n >= 3).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  return ranked[0]?.[0];
}

/** "such as A, B and C" / "including A, B or C" in a confidential sentence, as short phrases. */
function listedMatters(unit: string): string[] {
  const m = unit.match(/\b(?:such as|including|e\.g\.|for example)\s+([^.;:]+)/i);
  if (!m) return [];
  return m[1]!
    .split(/,\s*|\s+(?:and|or)\s+/)
    .map((s) => s.replace(/^(the|any|all)\s+/i, '').trim())
    .filter((s) => s.split(/\s+/).length <= 4 && s.length >= 3 && /^[\p{L}][\p{L} '’-]*$/u.test(s));
}

export function readPolicy(text: string): PolicySuggestions {
  const all = units(text);
  const clauses: Partial<Record<Category, string>> = {};
  const used = new Set<string>();
  for (const [category, cues] of Object.entries(CUES) as [Category, RegExp[]][]) {
    let best: { unit: string; score: number } | null = null;
    for (const { text: unit, ruled } of all) {
      const hits = cues.filter((c) => c.test(unit)).length;
      if (!hits || !ruled) continue;
      // Shorter, rule-like sentences read best in a warning; a sentence already chosen for another rule only if nothing else says it.
      const score = hits * 10 - unit.length / 100 - (used.has(unit) ? 5 : 0);
      if (!best || score > best.score) best = { unit, score };
    }
    if (best) {
      clauses[category] = best.unit;
      used.add(best.unit);
    }
  }
  const confidential = [...new Set(all.filter((u) => /\bconfidential\b/i.test(u.text)).flatMap((u) => listedMatters(u.text)))];
  const title = text.split('\n').map((l) => l.trim()).find((l) => /\bpolicy\b/i.test(l) && l.length <= 80 && !/[.:]$/.test(l));
  return { settingName: findSettingName(text), title, clauses, confidential };
}

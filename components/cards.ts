/**
 * Findings grouped into the cards the warning shows: one card per matched span with all its categories, findings a
 * larger one of at least their severity contains dropped, each clause said once, and for each card what to do.
 * Pure: the dialog, the count beside the composer and the tests all group the same way.
 */
import { SEVERITY_RANK, type Category, type Finding, type Severity } from '../rules/types';
import type { FindingItem } from './FindingList';

/** A change to the post that is always safe to offer: taking the words out. */
export interface Fix {
  label: string;
  /** What replaces the words (empty: they are removed, with one space beside them). */
  replacement: string;
}

export interface Card {
  key: string;
  items: FindingItem[];
  severity: Severity;
  categories: Category[];
  /** The span's words and where they are. */
  match: string;
  start: number;
  end: number;
  text: string;
  from?: string;
  editor?: HTMLElement;
  /** The policy clauses or messages not already said on an earlier card. */
  messages: string[];
  advice: string;
  fix?: Fix;
}

/** What to do about each kind of finding, in plain words. */
export const ADVICE: Record<Category, string> = {
  'setting-name': 'Leave out where you work, or just say "work".',
  'setting-link': 'Take the link or address out: it ties your post to the setting.',
  'child-name': 'Take the name out. Children in the setting are never named online, however kindly.',
  'staff-name': 'Leave your colleague\'s name out, or ask them first.',
  derogatory: 'Would you say this in front of the parents? Reword it or leave it out.',
  profanity: 'Choose a milder word.',
  'personal-info': 'Take this out: it tells people how to find or reach someone.',
  confidential: 'Take this out: it must stay inside the setting.',
  'work-talk': 'Keep work off your personal page: say it in person instead.',
  'political-religious': 'Share your view if you like, without urging others to follow it.',
  logo: 'Remove the picture, or choose one without the logo.',
  'photo-of-people': 'Remove the picture unless everyone in it is yours to share and not from the setting.',
};

/** The short noun phrase for the summary line ("3 things to check: a child's name (Oliver Brooks), ..."). */
export function whatItIs(f: Finding, from?: string): string {
  const rule = f.ruleId.split('/')[1];
  if (from !== undefined && (f.category === 'logo' || f.category === 'photo-of-people')) return f.category === 'logo' ? "the setting's logo in a picture" : 'people in a picture';
  switch (f.category) {
    case 'child-name':
      return `a child's name (${f.match})`;
    case 'staff-name':
      return `a colleague's name (${f.match})`;
    case 'setting-name':
      return "the setting's name";
    case 'setting-link':
      return rule === 'email' ? "the setting's e-mail address" : "a link to the setting";
    case 'personal-info':
      return { phone: 'a phone number', email: 'an e-mail address', address: 'an address', 'date-of-birth': 'a date of birth', workplace: 'where you work' }[rule ?? ''] ?? 'personal information';
    case 'confidential':
      return 'a confidential matter';
    case 'derogatory':
      return 'a remark that could read as derogatory';
    case 'profanity':
      return 'strong language';
    case 'work-talk':
      return 'talk about work';
    case 'political-religious':
      return 'urging a political or religious view';
    default:
      return f.category;
  }
}

function fixFor(items: FindingItem[]): Fix | undefined {
  if (items.some((i) => i.from !== undefined)) return undefined;
  const f = items[0]!.finding;
  const rule = f.ruleId.split('/')[1];
  if (f.category === 'child-name' || f.category === 'staff-name') return { label: 'Remove the name', replacement: '' };
  if (f.category === 'personal-info' && rule === 'phone') return { label: 'Remove the number', replacement: '' };
  if (f.category === 'personal-info' && (rule === 'email' || rule === 'address' || rule === 'date-of-birth')) return { label: 'Remove it', replacement: '' };
  if (f.category === 'setting-link') return { label: 'Remove the link', replacement: '' };
  if (f.category === 'setting-name') return { label: 'Say "work" instead', replacement: 'work' };
  return undefined;
}

const byRank = (a: FindingItem, b: FindingItem) => SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity];

/** The cards for these findings: highest severity first, then by position. */
export function buildCards(items: FindingItem[]): Card[] {
  // Longest spans first, so a larger finding is seen before anything it contains.
  const ordered = [...items].sort((a, b) => b.finding.end - b.finding.start - (a.finding.end - a.finding.start) || byRank(a, b));
  const groups: FindingItem[][] = [];
  for (const item of ordered) {
    const f = item.finding;
    const same = (g: FindingItem[]) => g[0]!.text === item.text && g[0]!.from === item.from;
    const exact = groups.find((g) => same(g) && g[0]!.finding.start === f.start && g[0]!.finding.end === f.end);
    if (exact) {
      exact.push(item);
      continue;
    }
    const inside = groups.some((g) => same(g) && g[0]!.finding.start <= f.start && g[0]!.finding.end >= f.end && g.some((o) => SEVERITY_RANK[o.finding.severity] >= SEVERITY_RANK[f.severity]));
    if (!inside) groups.push([item]);
  }
  const cards = groups.map((g): Omit<Card, 'messages'> => {
    const sorted = [...g].sort(byRank);
    const top = sorted[0]!;
    return {
      key: `${top.from ?? ''}|${top.finding.start}-${top.finding.end}|${top.text.length}`,
      items: sorted,
      severity: top.finding.severity,
      categories: [...new Set(sorted.map((i) => i.finding.category))],
      match: top.finding.match,
      start: top.finding.start,
      end: top.finding.end,
      text: top.text,
      from: top.from,
      editor: top.editor,
      advice: ADVICE[top.finding.category],
      fix: fixFor(sorted),
    };
  });
  cards.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.start - b.start);
  const said = new Set<string>();
  return cards.map((c) => {
    const messages = [...new Set(c.items.map((i) => i.finding.message))].filter((m) => !said.has(m));
    for (const m of messages) said.add(m);
    return { ...c, messages };
  });
}

/** "3 things to check: a child's name (Oliver Brooks), the setting's name, a phone number". */
export function summaryLine(cards: Card[]): string {
  if (cards.length === 0) return 'Nothing left to check.';
  const things = [...new Set(cards.map((c) => whatItIs(c.items[0]!.finding, c.from)))];
  const count = cards.length === 1 ? '1 thing to check' : `${cards.length} things to check`;
  return `${count}: ${things.join(', ')}`;
}

/** The key a "Not a problem" is remembered by: the category and the words, folded, never the post. */
export function dismissKey(f: Pick<Finding, 'category' | 'match'>): string {
  return `${f.category}:${f.match.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim()}`;
}

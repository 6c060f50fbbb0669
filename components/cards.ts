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
  /** Every place the card's words are, the lead's first (the same words twice, or several confidential matters). */
  places: Place[];
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
export function whatItIs(f: Finding, from?: string, places = 1): string {
  const rule = f.ruleId.split('/')[1];
  if (places > 1 && from === undefined) {
    const many = PLURAL[f.category === 'personal-info' || f.category === 'setting-link' ? f.ruleId : f.category];
    if (many) return many;
  }
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

/** What several places of one card are, together. Names are not here: a card holds one name, however often it is written. */
const PLURAL: Record<string, string> = {
  'setting-link/email': "the setting's e-mail addresses",
  'setting-link': 'links to the setting',
  'personal-info/phone': 'phone numbers',
  'personal-info/email': 'e-mail addresses',
  'personal-info/address': 'addresses',
  'personal-info/date-of-birth': 'dates of birth',
  confidential: 'confidential matters',
  derogatory: 'remarks that could read as derogatory',
};

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

/** Names are told apart word by word ("Not a problem" on one child must never pass another); other kinds gather. */
const PERSON: ReadonlySet<Category> = new Set(['child-name', 'staff-name']);
/** Findings that point at words of their own; a judged finding (tone, talk about work) over them is about them. */
const NAMED: ReadonlySet<Category> = new Set(['child-name', 'staff-name', 'setting-name', 'setting-link']);
const JUDGED: ReadonlySet<Category> = new Set(['derogatory', 'work-talk', 'political-religious', 'confidential', 'profanity']);

/** One place a card's words are in the post. */
export interface Place {
  start: number;
  end: number;
  match: string;
}

interface Group {
  items: FindingItem[];
  /** Where the card points: the lead finding's words. */
  lead: FindingItem;
  places: Place[];
}

const top = (g: Group) => SEVERITY_RANK[g.lead.finding.severity];
const sameSource = (a: FindingItem, b: FindingItem) => a.text === b.text && a.from === b.from;
const isNamed = (g: Group) => g.items.some((i) => NAMED.has(i.finding.category));
const cats = (g: Group) => new Set(g.items.map((i) => i.finding.category));
const words = (m: string) => m.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
const placeOf = (f: Finding): Place => ({ start: f.start, end: f.end, match: f.match });

/** Which sentence of the text an offset is in (a full stop, ! or ? before a space, or a line break, ends one). */
function sentenceAt(text: string, at: number): number {
  let n = 0;
  for (const m of text.slice(0, at).matchAll(/[.!?…]+["')\]]*\s+|\n+/g)) if (m.index !== undefined) n++;
  return n;
}

function lead(items: FindingItem[]): FindingItem {
  // The highest severity; among equals a name (the words a fix can take out), then the shortest span.
  return [...items].sort((a, b) => byRank(a, b) || Number(NAMED.has(b.finding.category)) - Number(NAMED.has(a.finding.category)) || a.finding.end - a.finding.start - (b.finding.end - b.finding.start))[0]!;
}

function join(into: Group, from: Group, keepPlaces: boolean): void {
  into.items.push(...from.items);
  if (keepPlaces) {
    // Several places: the first stays the lead unless the newcomer is more severe.
    if (top(from) > top(into)) into.lead = from.lead;
    for (const p of from.places) if (!into.places.some((q) => q.start === p.start && q.end === p.end)) into.places.push(p);
  } else if (!isNamedItem(into.lead) || isNamedItem(lead(into.items))) {
    // One span: a name keeps its own words; otherwise the strongest finding leads.
    into.lead = lead(into.items);
    into.places = [placeOf(into.lead.finding)];
  }
  into.places.sort((a, b) => a.start - b.start);
  // The lead's words come first: "Show me" and the context go there.
  const at = into.places.findIndex((p) => p.start === into.lead.finding.start && p.end === into.lead.finding.end);
  if (at > 0) into.places.unshift(...into.places.splice(at, 1));
}
const isNamedItem = (i: FindingItem) => NAMED.has(i.finding.category);

/**
 * Groups of findings, one per thing to do. In turn: findings on the same words are one; a finding inside a larger
 * one of at least its severity is dropped; findings that overlap are one (a judged finding over a name goes to the
 * name); the same words again, or the same kind of thing (confidential matters, talk about work; never two
 * different names), are one card with several places; and a card whose kinds a stronger card in the same sentence
 * already names joins it.
 */
function group(items: FindingItem[]): Group[] {
  // Longest spans first, so a larger finding is seen before anything it contains.
  const ordered = [...items].sort((a, b) => b.finding.end - b.finding.start - (a.finding.end - a.finding.start) || byRank(a, b));
  let groups: Group[] = [];
  for (const item of ordered) {
    const f = item.finding;
    const exact = groups.find((g) => sameSource(g.lead, item) && g.lead.finding.start === f.start && g.lead.finding.end === f.end);
    if (exact) {
      exact.items.push(item);
      exact.lead = lead(exact.items);
      continue;
    }
    // A name inside a judged span is kept: the overlap step below gives the judged finding to the name's card.
    const inside = groups.some((g) => sameSource(g.lead, item) && g.lead.finding.start <= f.start && g.lead.finding.end >= f.end &&
      !(NAMED.has(f.category) && !isNamed(g)) && g.items.some((o) => SEVERITY_RANK[o.finding.severity] >= SEVERITY_RANK[f.severity]));
    if (!inside) groups.push({ items: [item], lead: item, places: [placeOf(f)] });
  }

  // Overlapping spans: one card. A name keeps its own words; otherwise the stronger (then shorter) finding leads.
  const overlaps = (a: Group, b: Group) => sameSource(a.lead, b.lead) && a.items.some((x) => b.items.some((y) => x.finding.start < y.finding.end && y.finding.start < x.finding.end));
  for (let merged = true; merged; ) {
    merged = false;
    outer: for (const a of groups) {
      for (const b of groups) {
        if (a === b || !overlaps(a, b)) continue;
        // Two different names that overlap (a child's name inside the setting's) stay apart.
        if (isNamed(a) && isNamed(b)) continue;
        const [into, from] = isNamed(b) || (!isNamed(a) && top(b) > top(a)) ? [b, a] : [a, b];
        join(into, from, false);
        groups = groups.filter((g) => g !== from);
        merged = true;
        break outer;
      }
    }
  }

  // The same words again, or the same kind of thing: one card, several places.
  const kind = (g: Group) => {
    const f = g.lead.finding;
    if (PERSON.has(f.category)) return `${f.category}:${words(f.match)}`;
    // A phone number and an e-mail address are different fixes.
    return f.category === 'personal-info' || f.category === 'setting-link' ? f.ruleId : f.category;
  };
  const gathered: Group[] = [];
  for (const g of [...groups].sort((a, b) => top(b) - top(a) || a.lead.finding.start - b.lead.finding.start)) {
    const same = gathered.find((o) => sameSource(o.lead, g.lead) && kind(o) === kind(g) && [...cats(g)].every((c) => cats(o).has(c) || !JUDGED.has(c)));
    if (same) join(same, g, true);
    else gathered.push(g);
  }

  // A card that says nothing a stronger card in its sentence does not already say joins that card (the nearest).
  const result: Group[] = [];
  for (const g of gathered) {
    const f = g.lead.finding;
    const s = g.lead.from === undefined ? sentenceAt(g.lead.text, f.start) : -1;
    const distance = (o: Group) => Math.min(...o.places.map((p) => (p.start >= f.end ? p.start - f.end : f.start >= p.end ? f.start - p.end : 0)));
    const hosts = isNamed(g) || g.places.length > 1 || fixFor([g.lead]) ? [] : result.filter((o) =>
      sameSource(o.lead, g.lead) && top(o) >= top(g) && [...cats(g)].every((c) => cats(o).has(c)) &&
      o.places.some((p) => g.lead.from !== undefined || sentenceAt(g.lead.text, p.start) === s));
    const host = hosts.sort((a, b) => distance(a) - distance(b))[0];
    if (host) join(host, g, true);
    else result.push(g);
  }
  return result;
}

/** The cards for these findings: highest severity first, then by position. */
export function buildCards(items: FindingItem[]): Card[] {
  const cards = group(items).map((g): Omit<Card, 'messages'> => {
    const sorted = [...g.items].sort(byRank);
    const first = g.lead;
    return {
      key: `${first.from ?? ''}|${first.finding.start}-${first.finding.end}|${first.text.length}`,
      items: sorted,
      severity: sorted[0]!.finding.severity,
      categories: [...new Set([first, ...sorted].map((i) => i.finding.category))],
      match: first.finding.match,
      start: first.finding.start,
      end: first.finding.end,
      places: g.places,
      text: first.text,
      from: first.from,
      editor: first.editor,
      advice: ADVICE[first.finding.category],
      // The fix takes out the lead's words (one change at a time, through the editor's own input path); the card's next place then leads.
      fix: fixFor([first]),
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
  const things = [...new Set(cards.map((c) => whatItIs(c.items.find((i) => i.finding.start === c.start && i.finding.end === c.end)?.finding ?? c.items[0]!.finding, c.from, c.places.length)))];
  const count = cards.length === 1 ? '1 thing to check' : `${cards.length} things to check`;
  return `${count}: ${things.join(', ')}`;
}

/** The key a "Not a problem" is remembered by: the category and the words, folded, never the post. */
export function dismissKey(f: Pick<Finding, 'category' | 'match'>): string {
  return `${f.category}:${f.match.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim()}`;
}

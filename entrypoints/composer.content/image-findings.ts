/** Turns an image report into findings for the warning: the logo, the people, the words read (checked like typed text), and what could not be checked. */
import type { Category, Finding, Pack, Severity } from '../../rules/types';
// The data module, not rules/index, which would bring the engine into the document_start bundle.
import { DEFAULT_MESSAGES, DEFAULT_SEVERITY } from '../../rules/categories';
import type { FindingItem } from '../../components/FindingList';
import type { ImageCheckReply, Outcome } from '../../vision/protocol';

export interface ImageRule {
  enabled: boolean;
  severity: Severity;
  message: string;
}

/** How the pack wants an image-only category reported: its own setting, else the defaults. */
export function imageRule(pack: Pick<Pack, 'categories' | 'policy'>, category: Extract<Category, 'logo' | 'photo-of-people'>): ImageRule {
  const setting = pack.categories[category];
  return {
    enabled: setting?.enabled !== false,
    severity: setting?.severity ?? DEFAULT_SEVERITY[category],
    message: pack.policy.clauses[category] ?? DEFAULT_MESSAGES[category],
  };
}

export interface ImageFindingsInput {
  /** The picture's name as the user knows it (file name, or "the pasted picture"). */
  name: string;
  reply: ImageCheckReply;
  rules: { logo: ImageRule; people: ImageRule };
  check(text: string): Finding[];
}

export interface ImageFindings {
  items: FindingItem[];
  /** Checks that did not finish, in words ("the logo check (took longer than 10 s)"). */
  notDone: string[];
}

/** A finding that stands for the whole picture: its "match" is the sentence shown in place of quoted words. */
function whole(category: Category, ruleId: string, rule: ImageRule, said: string): Finding {
  return { category, ruleId, severity: rule.severity, start: 0, end: said.length, match: said, message: rule.message };
}

export function peopleSentence(count: number): string {
  return count === 1 ? 'This photo shows 1 person' : `This photo shows ${count} people`;
}

const CHECK_WORDS = { logo: 'the logo check', text: 'reading the words', faces: 'looking for people' } as const;

function reason(o: Outcome<unknown>): string | null {
  return o.status === 'done' ? null : o.reason;
}

export function imageFindings({ name, reply, rules, check }: ImageFindingsInput): ImageFindings {
  if (!reply.ok) return { items: [], notDone: [`${name}: could not be checked (${reply.reason})`] };
  const { logo, text, faces } = reply.report;
  const items: FindingItem[] = [];
  const notDone: string[] = [];
  for (const [key, outcome] of [['logo', logo], ['text', text], ['faces', faces]] as const) {
    const why = reason(outcome);
    if (why) notDone.push(`${name}: ${CHECK_WORDS[key]} was not done (${why})`);
  }
  if (logo.status === 'done' && rules.logo.enabled) {
    for (const hit of logo.value) {
      const said = `The setting's logo (${hit.label})`;
      items.push({ finding: whole('logo', 'image/logo', rules.logo, said), text: said, from: name });
    }
  }
  if (faces.status === 'done' && faces.value > 0 && rules.people.enabled) {
    const said = peopleSentence(faces.value);
    items.push({ finding: whole('photo-of-people', 'image/faces', rules.people, said), text: said, from: name });
  }
  if (text.status === 'done' && text.value.trim()) {
    for (const f of check(text.value)) items.push({ finding: { ...f, ruleId: `image/${f.ruleId}` }, text: text.value, from: name });
  }
  return { items, notDone };
}

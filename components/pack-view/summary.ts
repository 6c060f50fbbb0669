/** A pack summarised for everyone's eyes: counts instead of the children's and staff's names. Pure. */
import { CATEGORIES, CATEGORY_LABELS, DEFAULT_SEVERITY, type Category, type Pack, type Severity } from '../../rules';

export interface PackSummary {
  setting: string;
  otherNames: number;
  handles: number;
  domains: number;
  logos: number;
  children: number;
  staff: number;
  /** Per category with terms: how many terms, phrases and patterns. */
  terms: { category: Category; label: string; terms: number; phrases: number; patterns: number }[];
  categories: { category: Category; label: string; enabled: boolean; severity: Severity }[];
  allowed: number;
  policyTitle?: string;
  policyUrl?: string;
  clauses: number;
}

export function summarisePack(pack: Pack): PackSummary {
  const terms = CATEGORIES.map((category) => {
    const mine = pack.terms.filter((t) => t.category === category);
    return {
      category,
      label: CATEGORY_LABELS[category],
      terms: mine.length,
      phrases: mine.reduce((n, t) => n + t.phrases.length, 0),
      patterns: mine.reduce((n, t) => n + t.regex.length, 0),
    };
  }).filter((t) => t.terms > 0);
  return {
    setting: pack.setting.name,
    otherNames: pack.setting.aliases.length,
    handles: pack.setting.handles.length,
    domains: pack.setting.domains.length,
    logos: pack.setting.logos.length,
    children: pack.people.children.length,
    staff: pack.people.staff.length,
    terms,
    categories: CATEGORIES.map((category) => {
      const set = pack.categories[category];
      return { category, label: CATEGORY_LABELS[category], enabled: set?.enabled ?? true, severity: set?.severity ?? DEFAULT_SEVERITY[category] };
    }),
    allowed: pack.allow.length,
    policyTitle: pack.policy.title,
    policyUrl: pack.policy.url,
    clauses: Object.keys(pack.policy.clauses).length,
  };
}

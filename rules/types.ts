/** The public shapes of the engine: what a check returns and what a pack holds once loaded. */

/** The fixed list of categories; the rule-pack format forbids inventing new ones. */
export const CATEGORIES = [
  'setting-name',
  'setting-link',
  'child-name',
  'staff-name',
  'derogatory',
  'profanity',
  'personal-info',
  'confidential',
  'work-talk',
  'political-religious',
  'logo',
  'photo-of-people',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Categories the text engine judges; the other two belong to the image checks. */
export const TEXT_CATEGORIES = CATEGORIES.filter((c) => c !== 'logo' && c !== 'photo-of-people');

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/** One thing the engine found. `start`/`end` are half-open UTF-16 offsets into the ORIGINAL text. */
export interface Finding {
  category: Category;
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  /** The original text of [start, end). */
  match: string;
  /** Why it matters: the term's message, else the policy clause, else a built-in explanation. */
  message: string;
}

export interface Logo {
  label: string;
  src: string;
}

export interface Term {
  id: string;
  category: Category;
  phrases: string[];
  regex: string[];
  severity: Severity;
  message?: string;
}

export interface CategorySetting {
  enabled: boolean;
  severity?: Severity;
}

/** A validated pack with every default filled in. */
export interface Pack {
  format: 'second-look/pack@1';
  id: string;
  version: number;
  updated?: string;
  setting: {
    name: string;
    aliases: string[];
    handles: string[];
    domains: string[];
    logos: Logo[];
  };
  people: {
    children: string[];
    staff: string[];
    /** Short forms staff write, by full name on either list ("Oliver Brooks": ["Ollie"]): checked like the name. */
    nicknames?: Record<string, string[]>;
  };
  terms: Term[];
  allow: string[];
  categories: Partial<Record<Category, CategorySetting>>;
  policy: {
    title?: string;
    url?: string;
    clauses: Partial<Record<Category, string>>;
    /** Who staff should ask ("Priya Shah, our DSL"), named in the warning. */
    contact?: string;
    /** false: staff cannot mark a finding "Not a problem" (it is remembered on their device only). */
    allowNotAProblem?: boolean;
  };
  signature?: { alg: 'Ed25519'; keyId: string; value: string };
}

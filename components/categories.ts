/** Each category in plain words, for people who never read the rule-pack format. */
import type { Category, Severity } from '../rules/types';

// A Record keyed by Category: adding a category to the format fails the build until it has words here.
export const CATEGORY_WORDS: Record<Category, string> = {
  'setting-name': "The setting's name",
  'setting-link': 'A link to the setting',
  'child-name': "A child's name",
  'staff-name': "A colleague's name",
  derogatory: 'A remark that could hurt or undermine',
  profanity: 'Swearing or rude language',
  'personal-info': 'Personal details',
  confidential: 'Something confidential',
  'work-talk': 'Talking about work',
  'political-religious': 'Political or religious persuasion',
  logo: "The setting's logo",
  'photo-of-people': 'A photo with people in it',
};

export const SEVERITY_WORDS: Record<Severity, string> = {
  high: 'Serious',
  medium: 'Check',
  low: 'Note',
};

/**
 * What each category is called in plain words, how severe it is unless the pack says
 * otherwise, and why it matters when neither the term nor the pack's policy says so.
 * The wording follows the settings' own social networking policies.
 */
import type { Category, Severity } from './types';

export const CATEGORY_LABELS: Record<Category, string> = {
  'setting-name': 'Names the setting',
  'setting-link': 'Links to the setting',
  'child-name': 'Names a child',
  'staff-name': 'Names a member of staff',
  derogatory: 'Derogatory remark',
  profanity: 'Swearing or offensive language',
  'personal-info': 'Personal information',
  confidential: 'Confidential matter',
  'work-talk': 'Talks about work',
  'political-religious': 'Political or religious persuasion',
  logo: "The setting's logo",
  'photo-of-people': 'A photo of people',
};

export const DEFAULT_SEVERITY: Record<Category, Severity> = {
  'setting-name': 'medium',
  'setting-link': 'medium',
  'child-name': 'high',
  'staff-name': 'medium',
  derogatory: 'high',
  profanity: 'medium',
  'personal-info': 'medium',
  confidential: 'high',
  'work-talk': 'medium',
  'political-religious': 'medium',
  logo: 'high',
  'photo-of-people': 'high',
};

export const DEFAULT_MESSAGES: Record<Category, string> = {
  'setting-name': "Staff may not use the setting's name on personal social media without written permission.",
  'setting-link': "Linking your personal post to the setting ties your views to it; the policy asks you not to.",
  'child-name': 'Children in the setting must never be named or identified online, however kindly.',
  'staff-name': 'Colleagues should not be named or discussed on personal social media.',
  derogatory: 'Derogatory, rude or threatening remarks about the setting, colleagues, children or families are not allowed, even in jest.',
  profanity: 'Swearing and offensive language on a public profile can bring you and the setting into disrepute.',
  'personal-info': 'This shares personal information (yours or someone else\'s): where you work, how to reach you or where you live.',
  confidential: 'Confidential or business-sensitive matters must never be shared online.',
  'work-talk': 'The policy asks staff not to write about work, the children or their families on social media.',
  'political-religious': 'Staff should not use social media to try to influence others\' political or religious views, or to recruit.',
  logo: "The setting's logo may not be used on personal pages.",
  'photo-of-people': 'Photos of children, staff or families connected with the setting may not be posted.',
};

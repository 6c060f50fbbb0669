/** A pack's terms are found through look-alike letters, typos and plurals, but not in another word the writer spelled right. */
import { describe, expect, it } from 'vitest';
import { compile, demoPack, parsePack } from '../../rules';
import { findingsOf } from './helpers';

const parsed = parsePack({
  ...demoPack,
  id: 'term-spelling',
  terms: [
    { id: 'school-work', category: 'work-talk', phrases: ['SLT', 'lates', 'detention', 'payment plan'], severity: 'medium', message: 'work talk' },
    { id: 'inspection', category: 'confidential', phrases: ['our grades', 'safeguarding referral'], severity: 'high', message: 'confidential' },
    { id: 'put-downs', category: 'derogatory', phrases: ['little git'], severity: 'high', message: 'derogatory' },
  ],
});
if (!parsed.ok) throw new Error(parsed.errors.join('; '));
const school = compile(parsed.pack);
const termFound = (text: string, id: string) => school.check(text).some((f) => f.ruleId === id);

describe('pack terms as spelled', () => {
  it.each([
    ['the term itself', 'SLT have called a meeting at 4', 'school-work'],
    ['a stand-in letter', 'S1T have called a meeting at 4', 'school-work'],
    ['its plural', 'three detentions before lunch', 'school-work'],
    ['the singular of a plural term', 'the payment plans for two families', 'school-work'],
    ['the plural as written', 'chasing lates all morning', 'school-work'],
    ['a typo no dictionary knows', 'another safegaurding referral today', 'inspection'],
  ])('found: %s', (_name, text, id) => {
    expect(termFound(text, id)).toBe(true);
  });

  it.each([
    ['a real word that looks like an acronym ("sit" and SLT)', 'finally got to sit down with a brew', 'school-work'],
    ['an adjective whose plural is the term ("late" and "lates")', 'if the bus is late one more time I am walking', 'school-work'],
    ['a name one letter from a term word ("our Grace" and "our grades")', 'our Grace cried at the end of the film', 'inspection'],
    ['an everyday word one letter from an insult ("little bit" and "little git")', 'just a little bit tired today', 'put-downs'],
  ])('not found: %s', (_name, text, id) => {
    expect(termFound(text, id)).toBe(false);
  });

  it('the demo pack finds its own terms, written as typed or as its plural, not in a name beside it', () => {
    expect(findingsOf('we are still waiting on the Ofsted grade', 'confidential').map((f) => f.ruleId)).toContain('confidential-business');
    expect(findingsOf('two funding cuts in a year', 'confidential').map((f) => f.ruleId)).toContain('confidential-business');
    expect(findingsOf('Ofsted Grace was on the telly last night', 'confidential').map((f) => f.ruleId)).not.toContain('confidential-business');
  });
});

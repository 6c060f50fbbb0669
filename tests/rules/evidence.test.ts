/**
 * The judgement layer's contract, beyond the corpora: what a model may and may not do to the
 * cue rules' reading, and the vocabulary decisions that generalise to packs nobody has seen.
 */
import { describe, expect, it } from 'vitest';
import { compile, demoPack } from '../../rules';
import { findingsOf } from './helpers';

const withChildren = (children: string[], staff = demoPack.people.staff) =>
  compile({ ...demoPack, people: { ...demoPack.people, children, staff } });

describe('deterministic findings settle their category', () => {
  it('a phone number and a workplace lead-in both show as personal details, once each', () => {
    const f = findingsOf('Come and see me at Little Acorns open day, or ring me on 07700 900123', 'personal-info');
    expect(f.some((x) => x.ruleId === 'personal-info/phone')).toBe(true);
    // No model finding on top of what the detector already settled.
    expect(f.filter((x) => x.ruleId.endsWith('/model'))).toEqual([]);
  });
});

describe('first names the dictionary knows as words, places or brands', () => {
  const pack = withChildren(['Mercedes Ward', 'Paris Lowe', 'Oliver Brooks']);
  it.each([
    ['a car', 'The Mercedes dealership on the retail park kept me waiting an hour'],
    ['a car, again', 'a Mercedes AMG in that green is my dream car honestly'],
  ])('are not the child when they mean %s', (_what, text) => {
    expect(findingsOf(text, 'child-name', pack)).toEqual([]);
  });
  it.each([
    ['named mid-sentence', 'so proud of little Mercedes today, she zipped her own coat up at nursery'],
    ['with a possessive', "Paris's mum said she hasn't stopped talking about the farm trip"],
  ])('are the child when %s', (_what, text) => {
    expect(findingsOf(text, 'child-name', pack).length).toBeGreaterThan(0);
  });
  it('a name that is no word still counts wherever it appears', () => {
    expect(findingsOf('oliver was a star at circle time', 'child-name', pack).length).toBeGreaterThan(0);
  });
});

describe("a setting's everyday-word name is never a dig", () => {
  const pack = compile({ ...demoPack, setting: { ...demoPack.setting, name: 'Apple Tree Childminding', aliases: ['Apple Tree'], handles: ['@AppleTreeClub'] } });
  it.each([
    'can confirm, my apple tree produced exactly four apples this year and the wasps had three of them',
    'Is this the Apple Tree place in the church hall? My neighbour\'s little girl goes, she loves it',
  ])('%s', (text) => {
    expect(findingsOf(text, 'derogatory', pack)).toEqual([]);
  });
});

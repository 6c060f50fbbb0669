/**
 * The judgement layer's contract, beyond the corpora: what a model may and may not do to the
 * cue rules' reading, and the vocabulary decisions that generalise to packs nobody has seen.
 */
import { describe, expect, it } from 'vitest';
import { compile, demoPack } from '../../rules';
import { findCues } from '../../rules/check';
import { compilePack } from '../../rules/compile';
import type { Models } from '../../rules/judge/evidence/model';
import { weigh } from '../../rules/judge/evidence/weigh';
import { MODELS } from '../../rules/judge/evidence/weights';
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

describe('a work-talk cue made from a dig or a secret stands or falls with it', () => {
  const text = 'Honestly the management at Little Acorns are a joke, useless the lot of them';
  const cues = findCues(compilePack(demoPack), text);
  const aboutWork = (models: Models) => weigh(cues, cues.out, models).filter((f) => f.ruleId === 'work-talk/about-work');
  it('the rules read a dig here, and work talk from it', () => {
    expect(cues.out.some((f) => f.category === 'derogatory' && f.severity !== 'low')).toBe(true);
    expect(aboutWork(MODELS).length).toBeGreaterThan(0);
  });
  it('once the derogatory model turns the dig down, the work talk made from it goes too', () => {
    const doubting = { ...MODELS, derogatory: { ...MODELS.derogatory, bias: -50 } };
    expect(aboutWork(doubting)).toEqual([]);
  });
});

describe("a role spoken of as the poster's own workplace's", () => {
  const pack = compilePack(demoPack);
  const ourRole = (text: string) => findCues(pack, text).cues.some(([cls]) => cls === 'our-role');
  it.each(['The new head wants another spreadsheet', 'our manager has changed the rota again', 'honestly the DSL at ours is useless'])('is one: %s', (text) => {
    expect(ourRole(text)).toBe(true);
  });
  it.each(["my son's head teacher rang today", 'applying to be a manager at the garden centre', "We've been eating there for years, the staff are like family", "Oh that's shocking, I'd complain to the manager"])('is not: %s', (text) => {
    expect(ourRole(text)).toBe(false);
  });
});

describe('a veiled dig is read as scorn', () => {
  const pack = compilePack(demoPack);
  const scorn = (text: string) => findCues(pack, text).cues.some(([cls]) => cls === 'scorn');
  it.each(['Some of us actually do our share of the tidying', 'Someone keeps leaving the kitchen in a state. We all know who', 'not pointing fingers but the rota is a joke'])('%s', (text) => {
    expect(scorn(text)).toBe(true);
  });
  it('not in a plain sentence about us', () => {
    expect(scorn('Some of the children planted sunflowers today')).toBe(false);
  });
});

describe('a cue word in its everyday sense is no cue', () => {
  const pack = compilePack(demoPack);
  const classes = (text: string) => new Set(findCues(pack, text).cues.map(([cls]) => cls));
  it.each([
    ["Three of the lights don't work and the reindeer has no head", ['workplace', 'role']],
    ['my head is pounding, might work out later', ['workplace', 'role']],
    ['good job everyone, job done', ['workplace']],
  ])('%s', (text, not) => {
    for (const cls of not) expect(classes(text).has(cls)).toBe(false);
  });
  it.each([
    ['rough day at work, the head wants the planning by Friday', ['workplace', 'role']],
    ['a head teacher came to see my job', ['workplace', 'role']],
  ])('but its work sense is one: %s', (text, yes) => {
    for (const cls of yes) expect(classes(text).has(cls)).toBe(true);
  });
});

describe('praise and exasperation are cues of their own', () => {
  const pack = compilePack(demoPack);
  const classes = (text: string) => new Set(findCues(pack, text).cues.map(([cls]) => cls));
  it('thanks and pride', () => {
    expect(classes('Massive thank you to the office ladies, so proud of this team').has('praise')).toBe(true);
  });
  it('complaint without an insult', () => {
    expect(classes('if one more parent asks me that I will actually scream').has('exasperation')).toBe(true);
    expect(classes('Lovely walk by the river today').has('exasperation')).toBe(false);
  });
});

/** Work talk read by the cue rules: the shapes that say the work is with children, and the ones that do not. */
import { describe, expect, it } from 'vitest';
import { demoPack } from '../../rules';
import { findCues } from '../../rules/check';
import { compilePack } from '../../rules/compile';

const pack = compilePack(demoPack);
const warned = (text: string) => findCues(pack, text).out.some((f) => f.category === 'work-talk' && f.severity !== 'low');

describe('"at work" beside a child in one\'s care', () => {
  it.each([
    ['a child at work', 'a kid at work asked me if I was a hundred years old'],
    ['one of a group', 'At work today two of my toddlers learnt to zip their own coats'],
    ['a child by age', 'Spent the morning at work reading the same book to a very sleepy two year old'],
    ['a child who asks', 'Got to the end of the song at work and one little girl shouted again'],
  ])('work talk: %s', (_what, text) => {
    expect(warned(text)).toBe(true);
  });
  it.each([
    ['own child', 'Got a message at work that my daughter had lost a tooth'],
    ['own children, after work', 'After work I took the kids for a pizza'],
    ['no child', 'Long day at work, bath and bed'],
  ])('not work talk: %s', (_what, text) => {
    expect(warned(text)).toBe(false);
  });
});

describe("someone else's job, named by who they are to the poster", () => {
  it.each([
    ['a relative who teaches', "My brother's a head teacher in Hull and he says the new Ofsted framework is confusing"],
    ["a friend's setting", "My best friend's nursery got a new manager and she has changed the rota"],
    ['teachers one knows', 'Every teacher I know is dreading the inspection season'],
  ])('a quiet note at most: %s', (_what, text) => {
    expect(warned(text)).toBe(false);
  });
  it('but the poster\'s own work still is work talk', () => {
    expect(warned('Ofsted are in tomorrow and my room leader is panicking')).toBe(true);
  });
});

describe('work words in their ordinary sense', () => {
  it.each([
    ['Ofsted as news about other schools', 'The Ofsted report on that school by the station is out and it is not pretty'],
    ['a new Ofsted framework in the news', 'Radio 4 says the Ofsted framework is changing again next year'],
    ['a price for the youngest', 'Pantomime tickets are £8 and under 5s go free'],
    ['potty training', 'Potty training day two and the rug has not survived'],
    ['a ski slope', 'Spent the whole holiday on the nursery slopes and loved it'],
  ])('not work talk: %s', (_what, text) => {
    expect(warned(text)).toBe(false);
  });
  it.each([
    ["the setting's own Ofsted", 'Ofsted rang this morning, we are getting inspected tomorrow'],
    ["the setting's youngest", 'The under 2s had a go at painting with frozen peas'],
    ['a training day at work', 'Training day on Friday so no children, just fire safety and cake'],
  ])('work talk: %s', (_what, text) => {
    expect(warned(text)).toBe(true);
  });
});

describe('the job itself, in a post about a job outside childcare', () => {
  it.each([
    ['a trade with customers', 'Fitted a bathroom for two lovely customers today, best part of the job is the thank you card'],
    ['a shop', 'Six hours on the tills at the supermarket and I still love my job'],
  ])('not work talk: %s', (_what, text) => {
    expect(warned(text)).toBe(false);
  });
  it.each([
    ['a warehouse rota', 'Rota came out and I have got four lates in a row again. The warehouse never learns'],
    ['a manager on the ward', 'My manager on the ward has decided we all need appraisals before Christmas, on nights, obviously'],
    ['paperwork at a call centre', 'Two hours of paperwork after every shift at the call centre now, pay rise when?'],
  ])("not work talk: every job's staffing, %s", (_what, text) => {
    expect(warned(text)).toBe(false);
  });
  it('but the job at a setting still is', () => {
    expect(warned('Best part of the job is when the toddlers run to you at the door')).toBe(true);
  });
  it('and a rota beside the children is still the setting', () => {
    expect(warned('New rota at work means I am in the baby room all week, the customers can wait')).toBe(true);
  });
});

describe('first aid', () => {
  it('a first aid course is work training', () => {
    expect(warned('Paediatric first aid refresher all morning, the dummy did not make it')).toBe(true);
  });
  it('first aid at a club is not', () => {
    expect(warned('First aid badge night at cubs and I got bandaged from head to toe')).toBe(false);
  });
});

describe('the poster naming their own job with children', () => {
  it.each([
    ['working at a kind of setting', 'I work at a forest nursery near the coast and it is the best job going'],
    ['the school where one works', 'the school where I work is a five minute walk, bliss'],
    ['a new teacher', 'First week as an NQT done. Survived. Barely'],
    ['years as a childminder', 'Ten years as a childminder today, from one little lad to a full house'],
    ['the children minded', 'wrapping forty tiny presents for the mindees tonight'],
  ])('work talk: %s', (_what, text) => {
    expect(warned(text)).toBe(true);
  });
  it.each([
    ['a qualification looked back on', 'Ten years since I qualified as a nursery nurse and I still sing the tidy up song'],
    ["someone else's job", 'My sister works at a nursery and loves it'],
  ])('not work talk: %s', (_what, text) => {
    expect(warned(text)).toBe(false);
  });
});

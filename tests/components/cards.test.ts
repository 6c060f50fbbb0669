/** Grouping findings into cards: one per span with its categories, contained lower findings dropped, each clause once. */
import { describe, expect, it } from 'vitest';
import { buildCards, dismissKey, summaryLine } from '../../components/cards';
import { compile, demoPack, type Finding } from '../../rules';
import type { FindingItem } from '../../components/FindingList';

const checker = compile(demoPack);
const items = (text: string): FindingItem[] => checker.check(text).map((finding) => ({ finding, text }));

const f = (start: number, end: number, p: Partial<Finding> = {}): FindingItem => ({
  text: 'x'.repeat(100),
  finding: { category: 'work-talk', ruleId: 'r', severity: 'medium', start, end, match: 'x'.repeat(end - start), message: 'm', ...p },
});

describe('buildCards', () => {
  it.each([
    { name: 'same span, two categories: one card with both', given: [f(0, 5, { category: 'confidential', severity: 'high', message: 'a' }), f(0, 5, { message: 'b' })], cards: [['confidential', 'work-talk']] },
    { name: 'a lower finding inside a larger one is dropped', given: [f(0, 40), f(10, 15, { category: 'profanity', severity: 'low' })], cards: [['work-talk']] },
    { name: 'a sentence-level finding around a name folds into the name card', given: [f(0, 40), f(10, 15, { category: 'child-name', severity: 'high' })], cards: [['child-name', 'work-talk']] },
    { name: 'a higher finding inside a larger one leads their card', given: [f(0, 40), f(10, 15, { category: 'confidential', severity: 'high' })], cards: [['confidential', 'work-talk']] },
    { name: 'separate spans, separate cards, high first', given: [f(0, 5), f(10, 15, { category: 'child-name', severity: 'high' })], cards: [['child-name'], ['work-talk']] },
    { name: 'overlapping spans: one card, the stronger leads', given: [f(0, 10, { category: 'confidential', severity: 'high' }), f(5, 20)], cards: [['confidential', 'work-talk']] },
    { name: 'a judged finding over a name goes to the name card', given: [f(0, 40, { category: 'derogatory', severity: 'high' }), f(10, 15, { category: 'staff-name' })], cards: [['staff-name', 'derogatory']] },
    { name: 'two different names stay two cards', given: [f(0, 5, { category: 'child-name', severity: 'high', match: 'Maya ' }), f(10, 15, { category: 'child-name', severity: 'high', match: 'Evie ' })], cards: [['child-name'], ['child-name']] },
  ])('$name', ({ given, cards }) => {
    expect(buildCards(given).map((c) => c.categories)).toEqual(cards);
  });

  it('says each clause once across the cards', () => {
    const cards = buildCards([f(0, 5, { message: 'same' }), f(10, 15, { category: 'confidential', message: 'same' }), f(20, 25, { category: 'derogatory', message: 'other' })]);
    expect(cards.map((c) => c.messages)).toEqual([['same'], [], ['other']]);
  });

  it('a noisy real post: fewer cards than findings, every message still said, no span twice', () => {
    const post = 'Lovely day with little Oliver Brooks at Little Acorns! Priya was fab. Call me on 07700 900123 about the staff restructure, the manager is useless lol';
    const all = items(post);
    const cards = buildCards(all);
    expect(cards.length).toBeLessThan(all.length);
    const spans = cards.map((c) => `${c.start}-${c.end}`);
    expect(new Set(spans).size).toBe(spans.length);
    const said = cards.flatMap((c) => c.messages);
    expect(new Set(said).size).toBe(said.length);
  });

  it('the same name twice is one card with two places; a name card keeps its own words', () => {
    const text = 'Mark was great today. Thanks Mark!';
    const cards = buildCards([
      { text, finding: { category: 'staff-name', ruleId: 'staff-name', severity: 'medium', start: 0, end: 4, match: 'Mark', message: 'm' } },
      { text, finding: { category: 'staff-name', ruleId: 'staff-name', severity: 'medium', start: 29, end: 33, match: 'Mark', message: 'm' } },
    ]);
    expect(cards.map((c) => c.places.map((p) => p.start))).toEqual([[0, 29]]);
  });

  it('the same kind of thing in several places is one card, the first place leading', () => {
    const cards = buildCards(items('Worried about the staff restructure. Funding cut again and the Ofsted grade is out.'));
    const confidential = cards.filter((c) => c.categories.includes('confidential'));
    expect(confidential).toHaveLength(1);
    expect(confidential[0]!.places.map((p) => p.match)).toEqual(['staff restructure', 'Funding cut', 'Ofsted grade']);
    expect(summaryLine(cards)).toContain('confidential matters');
  });

  it('a card whose kinds a stronger card in the same sentence already has joins it', () => {
    // "the manager" (talk about work) and "useless" (derogatory and talk about work) are one remark.
    const cards = buildCards(items('Honestly the manager is useless lol'));
    expect(cards).toHaveLength(1);
    expect(cards[0]!.places.map((p) => p.match).sort()).toEqual(['the manager', 'useless'].sort());
  });

  it('the long test post (13 findings): one card per thing to do', () => {
    const post = 'Lovely day with little Oliver Brooks at Little Acorns! Priya Shah was fab as always. Call me on 07700 900123 about the staff restructure, the manager is useless lol. Funding cut again and the Ofsted grade is out.';
    const all = items(post);
    const cards = buildCards(all);
    expect(all.length).toBe(13);
    expect(cards.map((c) => c.match)).toEqual(['Oliver Brooks', 'staff restructure', 'useless', 'Little Acorns', 'Priya Shah', '07700 900123']);
    // Nothing found is lost: every finding is on a card, and every clause is said.
    expect(cards.flatMap((c) => c.items).length).toBe(all.length);
    expect(new Set(cards.flatMap((c) => c.messages))).toEqual(new Set(all.map((i) => i.finding.message)));
  });

  it('offers a safe fix for names and numbers, none for what only the writer can reword', () => {
    const cards = buildCards(items('Oliver Brooks was a star. Call 07700 900123. The staff restructure is a mess'));
    const fixes = Object.fromEntries(cards.map((c) => [c.match, c.fix?.label ?? null]));
    expect(fixes['Oliver Brooks']).toBe('Remove the name');
    expect(fixes['07700 900123']).toBe('Remove the number');
    expect(fixes['staff restructure']).toBeNull();
  });
});

describe('summaryLine', () => {
  it('counts the cards and says what they are, pluralised', () => {
    const post = 'Lovely day with little Oliver Brooks at Little Acorns! Call me on 07700 900123';
    expect(summaryLine(buildCards(items(post)))).toBe("3 things to check: a child's name (Oliver Brooks), the setting's name, a phone number");
    expect(summaryLine(buildCards(items('Oliver Brooks')))).toBe("1 thing to check: a child's name (Oliver Brooks)");
  });
});

describe('dismissKey', () => {
  it('folds case and spacing, keeps the category', () => {
    expect(dismissKey({ category: 'child-name', match: 'Isla  McAllister' })).toBe(dismissKey({ category: 'child-name', match: 'isla mcallister' }));
    expect(dismissKey({ category: 'child-name', match: 'Isla' })).not.toBe(dismissKey({ category: 'staff-name', match: 'Isla' }));
  });
});

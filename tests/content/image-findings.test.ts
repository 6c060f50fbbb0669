/** From an image report to warning items: logo and people as whole-picture findings, words read checked like text, failures said plainly. */
import { describe, expect, it } from 'vitest';
import { imageFindings, imageRule, peopleSentence } from '../../entrypoints/composer.content/image-findings';
import { compile, demoPack, DEFAULT_MESSAGES, type Pack } from '../../rules';
import type { ImageCheckReply, ImageReport } from '../../vision/protocol';

const engine = compile(demoPack);
const rules = { logo: imageRule(demoPack, 'logo'), people: imageRule(demoPack, 'photo-of-people') };
const done = <T>(value: T) => ({ status: 'done' as const, value, ms: 10 });
const report = (over: Partial<ImageReport> = {}): ImageCheckReply => ({
  ok: true,
  report: { width: 100, height: 100, logo: done([]), text: done(''), faces: done(0), ...over },
});
const run = (reply: ImageCheckReply, r = rules) => imageFindings({ name: '"a.jpg"', reply, rules: r, check: (t) => engine.check(t) });

describe('imageFindings', () => {
  it('a clean picture gives nothing', () => {
    expect(run(report())).toEqual({ items: [], notDone: [] });
  });

  it('the logo, as a whole-picture finding with the pack\'s severity and message', () => {
    const { items } = run(report({ logo: done([{ label: 'badge', inliers: 40, box: [0, 0, 10, 10] }]) }));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ from: '"a.jpg"', finding: { category: 'logo', ruleId: 'image/logo', severity: 'high', match: "The setting's logo (badge)" } });
    expect(items[0].finding.message).toBe(DEFAULT_MESSAGES.logo);
  });

  it.each([
    [1, 'This photo shows 1 person'],
    [3, 'This photo shows 3 people'],
  ])('%i face(s): a count, never who or how old', (n, said) => {
    const { items } = run(report({ faces: done(n) }));
    expect(items[0].finding).toMatchObject({ category: 'photo-of-people', match: said });
    expect(peopleSentence(n)).toBe(said);
  });

  it('words read in the picture are checked like typed text and marked as from the picture', () => {
    const { items } = run(report({ text: done('OLIVER\nLittle Acorns') }));
    const categories = items.map((i) => i.finding.category);
    expect(categories).toContain('child-name');
    expect(categories).toContain('setting-name');
    expect(items.every((i) => i.from === '"a.jpg"' && i.finding.ruleId.startsWith('image/') && i.text === 'OLIVER\nLittle Acorns')).toBe(true);
  });

  it('a check that failed or ran out of time is reported as not done, the others still count', () => {
    const { items, notDone } = run(report({ faces: { status: 'timeout', reason: 'took longer than 10 s', ms: 10_000 }, logo: done([{ label: 'badge', inliers: 30, box: [0, 0, 5, 5] }]) }));
    expect(items.map((i) => i.finding.category)).toEqual(['logo']);
    expect(notDone).toEqual(['"a.jpg": looking for people was not done (took longer than 10 s)']);
  });

  it('a picture that could not be read at all', () => {
    expect(run({ ok: false, reason: 'not an image' })).toEqual({ items: [], notDone: ['"a.jpg": could not be checked (not an image)'] });
  });

  it('the pack can switch a category off or change its severity and clause', () => {
    const pack: Pack = { ...demoPack, categories: { 'photo-of-people': { enabled: false }, logo: { enabled: true, severity: 'medium' } }, policy: { clauses: { logo: 'No logos.' } } };
    const r = { logo: imageRule(pack, 'logo'), people: imageRule(pack, 'photo-of-people') };
    const { items } = run(report({ faces: done(2), logo: done([{ label: 'b', inliers: 20, box: [0, 0, 1, 1] }]) }), r);
    expect(items.map((i) => [i.finding.category, i.finding.severity, i.finding.message])).toEqual([['logo', 'medium', 'No logos.']]);
  });
});

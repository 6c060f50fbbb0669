/** Words in context and the order findings are shown in. */
import { describe, expect, it } from 'vitest';
import { inContext, sortFindings } from '../../components/FindingList';
import type { Finding } from '../../rules';

describe('inContext', () => {
  it.each([
    { name: 'short text shows whole', text: 'hi Oliver there', start: 3, end: 9, want: { before: 'hi ', match: 'Oliver', after: ' there' } },
    { name: 'long text cut at words with ellipses', text: `${'word '.repeat(20)}Oliver${' more'.repeat(20)}`, start: 100, end: 106, want: { match: 'Oliver' } },
    { name: 'line breaks fold to spaces', text: 'first line\nOliver\nlast', start: 11, end: 17, want: { before: 'first line ', match: 'Oliver', after: ' last' } },
  ])('$name', ({ text, start, end, want }) => {
    const got = inContext(text, start, end);
    expect(got).toMatchObject(want);
    expect(text.replace(/\s+/g, ' ')).toContain(`${got.before.replace(/^…/, '')}${got.match}${got.after.replace(/…$/, '')}`);
  });

  it('marks a cut with an ellipsis on the side that was cut', () => {
    const text = `${'word '.repeat(20)}Oliver${' more'.repeat(20)}`;
    const got = inContext(text, 100, 106);
    expect(got.before.startsWith('…')).toBe(true);
    expect(got.after.endsWith('…')).toBe(true);
  });
});

describe('sortFindings', () => {
  const f = (severity: Finding['severity'], start: number): Finding => ({ category: 'profanity', ruleId: 'r', severity, start, end: start + 1, match: 'x', message: '' });
  it('puts high before medium before low, then by position', () => {
    const sorted = sortFindings([f('low', 0), f('medium', 5), f('high', 9), f('medium', 2)].map((finding) => ({ finding, text: '' })));
    expect(sorted.map((i) => `${i.finding.severity}@${i.finding.start}`)).toEqual(['high@9', 'medium@2', 'medium@5', 'low@0']);
  });
});

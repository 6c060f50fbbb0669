/** The last step of a check: which of two overlapping findings of the same kind the user sees. */
import { describe, expect, it } from 'vitest';
import { settle } from '../../rules/judge/settle';
import type { Category, Finding, Severity } from '../../rules/types';

const text = 'Max Kowalski was at work today with us';
function finding(category: Category, severity: Severity, match: string, ruleId = `${category}-${match}`): Finding {
  const start = text.indexOf(match);
  return { category, ruleId, severity, start, end: start + match.length, match, message: '' };
}
const spans = (found: Finding[]) => found.map((f) => `${f.category}:${f.severity}:${f.match}`);

describe('settle', () => {
  it('keeps the full name over the first name it contains', () => {
    const found = [finding('child-name', 'high', 'Max'), finding('child-name', 'high', 'Max Kowalski')];
    expect(spans(settle(found, []))).toEqual(['child-name:high:Max Kowalski']);
  });

  it('drops a quieter or equal finding inside a larger one of the same kind', () => {
    const found = [finding('work-talk', 'medium', 'at work today'), finding('work-talk', 'low', 'at work')];
    expect(spans(settle(found, []))).toEqual(['work-talk:medium:at work today']);
  });

  it('lets a more severe finding inside a quieter one replace it', () => {
    const found = [finding('work-talk', 'low', 'at work today'), finding('work-talk', 'medium', 'at work')];
    expect(spans(settle(found, []))).toEqual(['work-talk:medium:at work']);
  });

  it('keeps overlapping findings of different kinds, ordered by position', () => {
    const found = [finding('work-talk', 'low', 'at work today'), finding('child-name', 'high', 'Max Kowalski')];
    expect(spans(settle(found, []))).toEqual(['child-name:high:Max Kowalski', 'work-talk:low:at work today']);
  });

  it('drops a finding inside an allowed phrase', () => {
    const allowed = text.indexOf('at work today');
    const found = [finding('work-talk', 'medium', 'at work'), finding('child-name', 'high', 'Max')];
    expect(spans(settle(found, [[allowed, allowed + 'at work today'.length]]))).toEqual(['child-name:high:Max']);
  });
});

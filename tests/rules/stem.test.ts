import { describe, expect, it } from 'vitest';
import { compilePack } from '../../rules/compile';
import { demoPack } from '../../rules';
import { findCues } from '../../rules/check';
import { gatherEvidence } from '../../rules/judge/evidence/features';
import { lightStem } from '../../rules/normalise/stem';

describe('the light stem of the models\' word features', () => {
  it.each([
    ['toddlers', 'toddler'], ['nappies', 'nappy'], ['inspected', 'inspect'], ['inspecting', 'inspect'],
    ['stopped', 'stop'], ['planning', 'plan'], ['parents', 'parent'], ["mum's", 'mum'], ['glasses', 'glass'], ['falling', 'fall'],
  ])('folds an inflection: %s → %s', (word, stem) => {
    expect(lightStem(word)).toBe(stem);
  });
  it.each(['class', 'bus', 'this', 'was', 'thing', 'focus', 'inspection', '07700'])('leaves a word that only looks inflected, or has no inflection: %s', (word) => {
    expect(lightStem(word)).toBe(word);
  });
  it('one word, written two ways, is one feature for the models', () => {
    const c = compilePack(demoPack);
    const words = (text: string) => [...gatherEvidence(findCues(c, text), [], c.termIds).features.keys()].filter((f) => f.startsWith('w:'));
    expect(words('the toddlers napped')).toEqual(words('the toddler naps'));
    // Hashtags and the pack's names stay as they are written.
    expect(words('#toddlers')).toContain('w:#toddlers');
  });
});

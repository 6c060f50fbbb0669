/**
 * Settings in Scotland, Wales and Northern Ireland speak of their work in their own words: P1 to
 * P7, the weans and the bairns, the depute and the headie, in-service days, the parent council, an
 * MLA. A swear word aimed at one of the setting's people is a dig; aimed at a driver it is not.
 */
import { describe, expect, it } from 'vitest';
import type { Category } from '../../rules';
import { categoriesOf, findingsOf } from './helpers';

const warned = (text: string, category: Category) => findingsOf(text, category).filter((f) => f.severity !== 'low').length > 0;

describe('the words of schools in Scotland and Northern Ireland', () => {
  it.each([
    ['a colleague by her class', "the P6 teacher next door just asked if I'd 'borrowed' her guillotine"],
    ['a rehearsal with a class', "Burns supper rehearsal with P6, 30 weans at full volume"],
    ['an in-service day', "In-service day tomorrow so obviously I'll spend it laminating"],
    ['a class by its stage', 'P7 were a nightmare on the residential'],
  ])('work talk: %s', (_name, text) => {
    expect(warned(text, 'work-talk')).toBe(true);
  });

  it.each([
    ['the depute', 'that depute is a total fanny tbh, took credit for the whole garden project'],
    ['the depute, plainly', 'the depute is useless, never there when you need her'],
    ['the SENCo, spelt as schools spell it', "the new SENCo is a smug tosser who's never done personal care in her life"],
  ])('a dig at %s', (_name, text) => {
    expect(warned(text, 'derogatory')).toBe(true);
  });

  it.each([
    ['a driver', 'the bus driver was an absolute wanker, drove straight past the stop'],
    ['a referee', 'that ref was a complete wanker, never a penalty'],
  ])('no dig at the setting: a swear word aimed at %s', (_name, text) => {
    expect(warned(text, 'derogatory')).toBe(false);
  });
});

describe('campaigning in Northern Ireland and Scotland', () => {
  it.each([
    ['writing to a party MLA', 'Write to your DUP MLA today and tell them to end the boycott'],
    ['joining a picket', "if any of yous want to support the teachers' strike come down to the picket at 8am, flasks welcome"],
  ])('%s', (_name, text) => {
    expect(categoriesOf(text)).toContain('political-religious');
  });

  it('a picket visited is not a call to join it', () => {
    expect(categoriesOf('I came down to the picket to bring them tea')).not.toContain('political-religious');
  });
});

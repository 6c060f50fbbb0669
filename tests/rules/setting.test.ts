import { describe, expect, it } from 'vitest';
import { compile, demoPack } from '../../rules';
import { findingsOf } from './helpers';

describe('the setting: name, handles, links', () => {
  it.each([
    ['alias', 'great day at Little Acorns', 'Little Acorns', 'medium'],
    ['full name', 'Little Acorns Day Nursery is hiring', 'Little Acorns Day Nursery', 'medium'],
    ['hashtag', 'loved it #LittleAcorns', '#LittleAcorns', 'medium'],
    ['joined hashtag', 'loved it #littleacorns', '#littleacorns', 'medium'],
    ['inside a hashtag', 'loved it #ilovelittleacorns', '#ilovelittleacorns', 'medium'],
    ['leet', 'L1ttle Ac0rns forever', 'L1ttle Ac0rns', 'medium'],
    ['spaced letters', 'l i t t l e a c o r n s', 'l i t t l e a c o r n s', 'medium'],
    ['one typo', 'Litle Acorns today', 'Litle Acorns', 'medium'],
    ['after "at", lower case', 'shift at little acorns', 'little acorns', 'medium'],
    ['everyday words, no cue', 'watching the little acorns fall in the park', 'little acorns', 'low'],
    ['initials', 'LADN summer fair', 'LADN', 'medium'],
    ['handle', 'thanks @LittleAcornsDN', '@LittleAcornsDN', 'medium'],
  ])('%s', (_name, text, match, severity) => {
    const f = findingsOf(text, 'setting-name');
    expect(f.map((x) => x.match)).toContain(match);
    expect(f.find((x) => x.match === match)!.severity).toBe(severity);
  });

  it.each([
    ['its domain', 'see littleacorns-nursery.example/jobs', 'littleacorns-nursery.example/jobs'],
    ['with scheme', 'https://www.littleacorns-nursery.example', 'https://www.littleacorns-nursery.example'],
    ['its Facebook page', 'facebook.com/LittleAcornsDN', 'facebook.com/LittleAcornsDN'],
  ])('link: %s', (_name, text, match) => {
    expect(findingsOf(text, 'setting-link').map((f) => f.match)).toEqual([match]);
  });

  it('a link alone is not also the setting name; a handle and a link give both', () => {
    expect(findingsOf('facebook.com/LittleAcornsDN', 'setting-name')).toEqual([]);
    const both = 'follow @LittleAcornsDN or littleacorns-nursery.example';
    expect(findingsOf(both, 'setting-name')).toHaveLength(1);
    expect(findingsOf(both, 'setting-link')).toHaveLength(1);
  });

  it('the allow list suppresses what lies inside it', () => {
    expect(findingsOf('remember: acorns grow into mighty oaks', 'setting-name')).toEqual([]);
  });

  describe('a setting named after a saint', () => {
    const stAgathas = compile({ ...demoPack, setting: { ...demoPack.setting, name: "St Agatha's RC Primary School", aliases: ["St Agatha's", 'St Agathas', 'Saint Agathas'] } });
    const severities = (text: string) => findingsOf(text, 'setting-name', stAgathas).map((f) => f.severity);

    it.each([
      'Feast of St Agatha today, a candle lit for all the nurses',
      'saint agatha pray for us 🙏',
      'Reading about St Agatha of Sicily on the train',
    ])('the saint alone is the person, noted quietly: %s', (text) => {
      expect(severities(text)).not.toHaveLength(0);
      expect(severities(text).every((s) => s === 'low')).toBe(true);
    });

    it.each([
      "Nativity at St Agatha's went brilliantly",
      'Another long week at St Agathas',
      "st agatha's summer fair this Saturday",
    ])('with its s it is the school: %s', (text) => {
      expect(severities(text)).toContain('medium');
    });
  });
});


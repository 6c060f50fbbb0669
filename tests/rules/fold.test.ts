import { describe, expect, it } from 'vitest';
import { fold, toOriginal } from '../../rules/normalise/fold';

describe('fold', () => {
  it.each([
    ['accents', 'Aoife Ní Bhriain', 'Aoife Ni Bhriain'],
    ['Cyrillic look-alikes', 'Littlе Аcоrns', 'Little Acorns'],
    ['zero-width and soft hyphen', 'Lit\u200btle Ac\u00ADorns', 'Little Acorns'],
    ['full-width letters (NFKC)', 'Ｌｉｔｔｌｅ', 'Little'],
    ['ligature becomes two letters', 'ﬁsh', 'fish'],
    ['typographic apostrophe', 'Oliver’s', "Oliver's"],
    ['sharp s', 'Straße', 'Strasse'],
    ['emoji kept whole', 'hi 👋🏽 there', 'hi 👋🏽 there'],
  ])('%s', (_name, input, folded) => {
    expect(fold(input).text).toBe(folded);
  });

  it('maps every folded unit back into the original, half-open and in order', () => {
    const original = 'Ａoife Ní ﬁ 👋 Lit\u200btle';
    const f = fold(original);
    expect(f.starts.length).toBe(f.text.length);
    for (let i = 0; i < f.text.length; i++) {
      expect(f.starts[i]).toBeLessThan(f.ends[i]!);
      if (i > 0) expect(f.starts[i]).toBeGreaterThanOrEqual(f.starts[i - 1]!);
    }
    const at = f.text.indexOf('Little');
    expect(original.slice(...toOriginal(f, at, at + 6))).toBe('Lit\u200btle');
  });

  it('keeps lower-case text the same length as the folded text', () => {
    const f = fold('İSTANBUL Ångström ÆON');
    expect(f.lower.length).toBe(f.text.length);
  });

  it('survives random text: offsets always slice the original', () => {
    const alphabet = ['a', 'Z', 'é', '\u0301', '\u200b', 'ﬁ', '😀', '👩‍👧', 'Ж', 'о', ' ', '\n', '1', '@', 'ß', '\uD83D'];
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 300; n++) {
      const s = Array.from({ length: 1 + Math.floor(rand() * 40) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const f = fold(s);
      for (let i = 0; i < f.text.length; i++) {
        expect(f.starts[i]).toBeGreaterThanOrEqual(0);
        expect(f.ends[i]).toBeLessThanOrEqual(s.length);
      }
    }
  });
});

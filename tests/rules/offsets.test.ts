import { describe, expect, it } from 'vitest';
import { demo } from './helpers';

describe('offsets into the original text', () => {
  it.each([
    ['emoji before', '🎉🎉 Oliver Brooks was amazing'],
    ['accents', 'Ａｏｉｆｅ Ní Bhriain did great'],
    ['zero-width inside', 'Ol\u200biver at L\u200bittle Acorns'],
    ['Cyrillic', 'Оliver at Little Аcorns'],
    ['combining accent', 'Aoife Ni\u0301 Bhriain'],
    ['family emoji', '👩‍👧‍👦 fuck off 07700 900123'],
  ])('%s: every finding slices its match back out', (_name, text) => {
    const findings = demo.check(text);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(f.start, f.end)).toBe(f.match);
      expect(f.match.trim()).toBe(f.match);
    }
  });

  it('never cuts an emoji or surrogate pair in half', () => {
    const text = '😀Oliver😀 🇬🇧Little Acorns🇬🇧';
    for (const f of demo.check(text)) {
      const before = text.charCodeAt(f.start);
      expect(before >= 0xdc00 && before <= 0xdfff).toBe(false);
      const last = text.charCodeAt(f.end - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
  });

  it('orders findings by position', () => {
    const f = demo.check('Priya and Oliver at Little Acorns, fuck');
    expect(f.map((x) => x.start)).toEqual([...f.map((x) => x.start)].sort((a, b) => a - b));
  });

  it('returns nothing for empty or blank text', () => {
    expect(demo.check('')).toEqual([]);
    expect(demo.check('   \n ')).toEqual([]);
  });
});

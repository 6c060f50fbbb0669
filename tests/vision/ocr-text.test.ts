/** What OCR output reaches the engine: confident words, in their lines; texture read as letters stays out. */
import { describe, expect, it } from 'vitest';
import { readsAWord, wordsToText, type OcrWord } from '../../vision/ocr-text';
import { inkOnly, mergeReadings, PAPER_GROUND_SHARE } from '../../vision/ink';
import { flatGroundShare } from '../../vision/face-colour';
import { toPpm } from '../../vision/ppm';

const w = (text: string, confidence: number, newLine = false): OcrWord => ({ text, confidence, newLine });

describe('wordsToText', () => {
  it.each([
    ['keeps confident words in lines', [w('Little', 95, true), w('Acorns', 95), w('Day', 96, true), w('Nursery', 96)], 'Little Acorns\nDay Nursery'],
    ['drops unsure words', [w('OLIVER', 95, true), w('Hh', 20), w('vi', 40, true)], 'OLIVER'],
    ['drops lone symbols and letters, keeps "I" and "a"', [w('I', 90, true), w('saw', 90), w('a', 90), w('|', 90), w('®', 92), w('x', 90)], 'I saw a'],
    ['keeps names with punctuation', [w('Priya:', 91, true), w('cover', 90)], 'Priya: cover'],
    ['nothing read, nothing said', [], ''],
  ])('%s', (_name, words, expected) => {
    expect(wordsToText(words)).toBe(expected);
  });
});

describe('ink view', () => {
  it('keeps dark marker, whitens bright paint and paper', () => {
    // navy marker, red paint, white paper, black pen
    const data = Uint8ClampedArray.from([20, 20, 120, 255, 230, 40, 40, 255, 250, 250, 245, 255, 10, 10, 10, 255]);
    expect([...inkOnly({ data, width: 4, height: 1 })].filter((_, i) => i % 4 === 0)).toEqual([0, 255, 255, 0]);
  });

  it('merges two readings line by line, each line once', () => {
    expect(mergeReadings('Little Acorns\nbid', 'little acorns\nOLIVER')).toBe('Little Acorns\nbid\nOLIVER');
  });
});

describe('readsAWord: a second (ink) pass only when the first found no word', () => {
  it.each([
    ['a sign', 'Little Acorns\nDay Nursery', true],
    ['a name in capitals', 'OLIVER', true],
    ['texture read as letters', 'Vv\nil\nih\n14\nLy\nIY', false],
    ['nothing', '', false],
  ])('%s', (_name, text, word) => {
    expect(readsAWord(text)).toBe(word);
  });
});

describe('the ink pass is for paper: a drawing or a page, never a photo', () => {
  function picture(w: number, h: number, px: (x: number, y: number) => [number, number, number]) {
    const data = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([...px(x, y), 255], (y * w + x) * 4);
    return { data, width: w, height: h };
  }
  // Paper with a few broad strokes of paint, as a child's painting is.
  const painting = picture(200, 150, (x, y) => ((x - 60) ** 2 + (y - 50) ** 2 < 900 ? [230, 40, 40] : x > 140 && y > 90 ? [40, 90, 220] : [250, 248, 240]));
  // A photo: tones spread over the whole range.
  const photo = picture(200, 150, (x, y) => {
    const v = Math.round(30 + 200 * (0.5 + 0.5 * Math.sin(x / 7) * Math.cos(y / 11)));
    return [v, Math.round(v * 0.8), Math.round(v * 0.6)];
  });

  it.each([
    ['a painting on paper', painting, true],
    ['a photo', photo, false],
  ])('%s', (_name, img, paper) => {
    expect(flatGroundShare(img) >= PAPER_GROUND_SHARE).toBe(paper);
  });
});

describe('toPpm: the pixels Tesseract is handed', () => {
  it('is a P6 header and the RGB bytes, alpha dropped', () => {
    const ppm = toPpm({ data: Uint8ClampedArray.from([1, 2, 3, 255, 4, 5, 6, 0]), width: 2, height: 1 });
    const head = 'P6\n2 1\n255\n';
    expect(new TextDecoder().decode(ppm.subarray(0, head.length))).toBe(head);
    expect([...ppm.subarray(head.length)]).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

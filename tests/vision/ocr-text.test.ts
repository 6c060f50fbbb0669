/** What OCR output reaches the engine: confident words, in their lines; texture read as letters stays out. */
import { describe, expect, it } from 'vitest';
import { readsAWord, wordsToText, type OcrWord } from '../../vision/ocr-text';
import { inkOnly, mergeReadings } from '../../vision/ink';

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

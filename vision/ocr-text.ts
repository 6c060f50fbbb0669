/** Turns Tesseract's words into the text the engine checks: confident words only, one line per line read. */

export interface OcrWord {
  text: string;
  confidence: number;
  /** Whether this word starts a new line. */
  newLine: boolean;
}

/**
 * Below this, a "word" in a photo is usually texture read as letters (grass as "iii", bricks as "HH");
 * names on signs and paintings read well above it.
 */
export const MIN_WORD_CONFIDENCE = 55;

export function wordsToText(words: OcrWord[], minConfidence = MIN_WORD_CONFIDENCE): string {
  const lines: string[][] = [];
  for (const w of words) {
    if (w.newLine || !lines.length) lines.push([]);
    const text = w.text.trim();
    // A lone symbol or letter is noise far more often than a word.
    if (w.confidence >= minConfidence && /[\p{L}\p{N}]{2,}|^[\p{L}\p{N}]$/u.test(text) && (text.length > 1 || /^[AaI0-9]$/.test(text))) lines[lines.length - 1].push(text);
  }
  return lines.map((l) => l.join(' ')).filter(Boolean).join('\n');
}

/** Whether a reading holds a real word (three letters or more), not just the stray letters texture gives. */
export function readsAWord(text: string): boolean {
  return /\p{L}{3,}/u.test(text);
}

/** Digit and symbol stand-ins read as letters (L1ttle Ac0rns, sh!t, @ for a), and when not to. */

const STAND_INS: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', '$': 's', '!': 'i', '|': 'i',
};

// Numbers with units or ordinals are numbers, not disguised words: 3pm, 2nd, 10k, 4yo, 5mins.
const NUMBER_WITH_UNIT = /^\d+(?:st|nd|rd|th|am|pm|s|k|m|km|kg|g|ml|l|mph|yo|yrs?|mins?|hrs?|x|p|gb|mb)$/i;

/**
 * Returns the word with stand-ins replaced when it looks like a disguised word: at least two
 * real letters, and no more stand-ins than letters. '*' masks stay as '*' for the profanity
 * matcher. Otherwise returns the word unchanged.
 */
export function readStandIns(word: string): string {
  if (/^[A-Za-z']+$/.test(word)) return word;
  if (NUMBER_WITH_UNIT.test(word)) return word;
  let letters = 0;
  let standIns = 0;
  for (const ch of word) {
    if (STAND_INS[ch] !== undefined) standIns++;
    else if (/\p{L}/u.test(ch)) letters++;
  }
  if (standIns === 0 || letters < 2 || standIns > letters) return word;
  let out = '';
  for (const ch of word) out += STAND_INS[ch] ?? ch;
  return out;
}

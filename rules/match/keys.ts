/**
 * Matching keys: how a word is compared with a name or phrase. '1', '!' and '|' all read as
 * 'i' but stand for 'l' as often, so 'l' and 'i' share a key; a plural or possessive 's' is
 * dropped so "Acorns" meets "Acorn" and "referrals" meets "referral".
 */
export function wordKey(word: string): string {
  return word.indexOf('l') < 0 ? word : word.replaceAll('l', 'i');
}

const S = 115; // 's'
const U = 117; // 'u'
const I = 105; // 'i'

export function stem(key: string): string {
  const n = stemmedLength(key, 0, key.length);
  return n === key.length ? key : key.slice(0, n);
}

/** The length of stem(s.slice(from, to)), without cutting the string (the phrase tables read keys in place). */
export function stemmedLength(s: string, from: number, to: number): number {
  const n = to - from;
  if (n <= 3 || s.charCodeAt(to - 1) !== S) return n;
  const before = s.charCodeAt(to - 2);
  return before === S || before === U || before === I ? n : n - 1;
}

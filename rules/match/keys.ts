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
  const n = key.length;
  if (n <= 3 || key.charCodeAt(n - 1) !== S) return key;
  const before = key.charCodeAt(n - 2);
  return before === S || before === U || before === I ? key : key.slice(0, -1);
}

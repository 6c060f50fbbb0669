/**
 * Matching keys: how a word is compared with a name or phrase. '1', '!' and '|' all read as
 * 'i' but stand for 'l' as often, so 'l' and 'i' share a key; a plural or possessive 's' is
 * dropped so "Acorns" meets "Acorn" and "referrals" meets "referral".
 */
export function wordKey(word: string): string {
  return word.replace(/l/g, 'i');
}

export function stem(key: string): string {
  return key.length > 3 && key.endsWith('s') && !/(?:ss|us|is)$/.test(key) ? key.slice(0, -1) : key;
}

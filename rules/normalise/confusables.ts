/** Look-alike letters from other scripts, folded to the Latin letter they imitate. */

// Cyrillic and Greek letters that render like Latin ones; upper and lower case both listed
// because folding happens before lower-casing (camel-case splitting needs the case).
const PAIRS =
  'аaбbвbгrеeёeкkмmнhоoрpсcтtуyхxьbѕsіiјjԁdԛqԝwһhӏlАAВBЕEЁEКKМMНHОOРPСCТTУYХXЅSІIЈJԌGԚQԜW' +
  'αaβbγyεeηnιiκkμuνvοoρpτtυuχxωwΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX';

export const CONFUSABLES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (let i = 0; i < PAIRS.length; i += 2) map.set(PAIRS[i]!, PAIRS[i + 1]!);
  return map;
})();

/** Latin letters that Unicode does not decompose into a base letter plus an accent. */
export const SPECIAL_LETTERS: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'], ['ẞ', 'SS'], ['æ', 'ae'], ['Æ', 'AE'], ['œ', 'oe'], ['Œ', 'OE'], ['ø', 'o'], ['Ø', 'O'],
  ['ł', 'l'], ['Ł', 'L'], ['đ', 'd'], ['Đ', 'D'], ['ð', 'd'], ['Ð', 'D'], ['þ', 'th'], ['Þ', 'TH'],
  ['ı', 'i'], ['ħ', 'h'], ['Ħ', 'H'],
  // Typographic apostrophes, quotes and dashes, so "Oliver’s" and "Oliver's" are one word.
  ['\u2019', "'"], ['\u2018', "'"], ['\u02BC', "'"], ['\u0060', "'"], ['\u00B4', "'"], ['\u2032', "'"],
  ['\u201C', '"'], ['\u201D', '"'], ['\u2010', '-'], ['\u2011', '-'], ['\u2012', '-'], ['\u2013', '-'], ['\u2014', '-'],
]);

/**
 * Sarcasm and scorn: the signs that a remark about someone is a dig, even without an insult
 * word ("famous for her hard work. Said nobody ever 🙄", "another 'fun' training session").
 */
import { ANY, anyOf, entries, words } from './pattern';

/** Eye-rolls, upside-down smiles, nail-painting and the like; not laughter, not hearts. */
export const SCORN_EMOJI = /[\u{1F644}\u{1F643}\u{1F612}\u{1F611}\u{1F485}\u{1F926}\u{1F92C}\u{1F621}\u{1F620}\u{1F595}\u{1F40D}\u{1F928}\u{1F971}\u{1F608}]/u;

/** A word or two in scare quotes: 'fun', 'helps out', 'professionals'. */
export const SCARE_QUOTES = /(?<![\p{L}\p{N}])['"]([\p{L}][\p{L}' -]{1,24}[\p{L}])['"](?![\p{L}\p{N}])/gu;

/** Scorn in the idioms of everyday English: sarcasm, put-downs, veiled digs. */
const SCORN_IDIOMS = entries('scorn/idioms', 'general', 'sarcasm and put-down idioms of everyday English', [
  `can't imagine why`,
  `never lifts a finger`,
  'said (?:nobody|no one|noone) ever', 'newsflash', 'more like', 'nothing says', 'not being funny but', "that's all i'm saying", 'funny how', 'funny that',
  'love how', 'yeah right', 'as if', 'shocker',
  // "Who knew?" is sarcasm; "everyone who knew her" is a relative clause.
  '(?<!(?:everyone|everybody|anyone|anybody|someone|somebody|people|those|all|friends|many|few|one|ones|man|woman|lady|bloke|person) )who knew',
  'cheers for that', 'thanks for that', 'words fail me', "god's gift", 'full of (?:herself|himself|themselves|it)',
  'on (?:her|his|their) high horse', "couldn't give a (?:toss|shit|damn|monkey's)", "don't give a (?:toss|shit|damn)", 'learn some manners', 'no manners',
  "couldn't organise a piss ?up in a brewery", 'piss ?up in a brewery', 'chocolate teapot', 'wet paper bag', 'get a hobby', 'daylight robbery',
  'her ladyship', 'his lordship', 'passive ?aggressive', 'not rocket science', 'shit ?show', 'crap ?show', 'clown ?show', 'snake', 'two faced',
  'stab(?:bed|bing)? (?:me |us |you )?in the back', 'hell ?hole', 'joke of a', 'make it make sense', 'if (?:his|her|their) life depended on it', 'madhouse',
  'drama queen', 'nutter', 'weirdo', 'psycho', 'creep', 'creepy', 'sleazy', 'karen', 'cheapskates?', 'nepotism', 'coward', 'justasking', 'not naming names',
  'the state of (?:her|him|them|the parents|the mum|the dad)',
  // Veiled-dig sign-offs: the remark before them is meant as a dig.
  '(?<!(?:not|is|was|are|were) )just saying', 'mark my words', 'watch this space', 'let that sink in', 'love that for (?:me|us|you|them)', 'but go off',
  // Templates with a slot: "run by clowns", "has the personality of a wet flannel",
  // "wouldn't know a lesson plan if it hit him", "can't chair a meeting to save himself".
  "(?:wouldn't|wouldnt|doesn't|doesnt|don't|dont) know (?:a|an) (?:[a-z]+ ){1,3}if (?:it|one) (?:hit|bit|slapped|smacked) (?:him|her|them)",
  "(?:can't|cant|couldn't|couldnt) (?:[a-z]+ ){1,4}to save (?:(?:her|his|their) li(?:fe|ves)|himself|herself|themselves)",
  `(?:run|ran|managed) by (?:clowns|monkeys|idiots|amateurs|children)`,
  '(?:has|have|with) the (?:personality|brains|charisma|work ethic|people skills|common sense|warmth) of',
]);

/** Scorn as the training corpora's authors write it (each kept while two authors' posts use it). */
const SCORN_SEEN = entries('scorn/seen', 'corpus', 'digs found in posts of several training authors', [
  'needs? to learn', "shouldn't (?:have|be allowed)", "wouldn't last", "couldn't organise", "couldn't run",
  'rudest', 
  "thinks (?:she's|he's|they're) (?:god's gift|the boss|better|it)", 'no money for', 
  'the rest of us', 
  
  'classy', 'gets? away with', 'docks? (?:you|us|me|someone|people|staff|our pay)',
  '(?:sat|sits|sitting) on (?:her|his|their) phones?', 
  "can't even (?:spell|read|write|count|do|change|manage|organise|run)",
  "shouldn't be (?:parents|allowed|in charge|working with (?:children|kids)|in childcare)",
  
  'free labour', 
  "thinks? (?:she's|he's|they're|she is|he is) (?:god's gift|so|the|a|amazing|better|special|in charge)",
  
]);

export const SCORN_PHRASES = words(anyOf(SCORN_IDIOMS, SCORN_SEEN));

/**
 * Sarcasm and scorn: the signs that a remark about someone is a dig, even without an insult
 * word ("famous for her hard work. Said nobody ever 🙄", "another 'fun' training session").
 */
import { ANY, words } from './pattern';

/** Eye-rolls, upside-down smiles, nail-painting and the like; not laughter, not hearts. */
export const SCORN_EMOJI = /[\u{1F644}\u{1F643}\u{1F612}\u{1F611}\u{1F485}\u{1F926}\u{1F92C}\u{1F621}\u{1F620}\u{1F595}\u{1F40D}\u{1F928}\u{1F971}\u{1F608}]/u;

/** A word or two in scare quotes: 'fun', 'helps out', 'professionals'. */
export const SCARE_QUOTES = /(?<![\p{L}\p{N}])['"]([\p{L}][\p{L}' -]{1,24}[\p{L}])['"](?![\p{L}\p{N}])/gu;

export const SCORN_PHRASES = words(
  `said (?:nobody|no one|noone) ever|newsflash|more like|can't imagine why|nothing says|not being funny but|that's all i'm saying|` +
  `funny how|funny that|love how|yeah right|as if|shocker|who knew|cheers for that|thanks for that|words fail me|` +
  `needs? to learn|learn to|shouldn't (?:have|be allowed)|wouldn't last|couldn't organise|couldn't run|piss ?up in a brewery|helping (?:themselves|herself|himself)|` +
  `lasted (?:a|one) (?:day|week|month)|rudest|nobody can stand|` +
  `god's gift|thinks (?:she's|he's|they're) (?:god's gift|the boss|better|it)|full of (?:herself|himself|themselves|it)|on (?:her|his|their) high horse|` +
  `couldn't give a (?:toss|shit|damn|monkey's)|don't give a (?:toss|shit|damn)|no money for|` +
  `need a parenting course|parenting course|shouldn't have kids|learn some manners|no manners|do (?:her|his|their) job|does nothing|never (?:helps|lifts a finger)|` +
  `the rest of us|(?:staff|people) (?:have )?(?:walked out|left in droves)|(?:acts|act|acting) like (?:she|he|they)(?:'s|'re| is| are) (?:the boss|in charge|god|better|special)|generosity knows no bounds|(?:management|leadership) genius|genius move|classy as ever|classy|coward|cheapskates?|nepotism|one big (?:happy )?family|chocolate teapot|wet paper bag|get a hobby|who the f[a-z*]* does that|gets? away with|docks? (?:you|us|me|someone|people|staff|our pay)|daylight robbery|(?:sat|sits|sitting) on (?:her|his|their) phones?|talks? ${ANY}{0,4}?about (?:herself|himself|themselves)|her ladyship|his lordship|passive ?aggressive|not rocket science|but sure,? (?:i'm|it's) the problem|(?:hope|hoping) you're (?:proud|happy) (?:of yourself|with yourself)|can't even (?:spell|read|write|count|do|change|manage|organise|run)|shit ?show|crap ?show|clown ?show|shouldn't be (?:parents|allowed|in charge|working with (?:children|kids)|in childcare)|if (?:only )?(?:ofsted|the parents|parents|people|they|the owners?) (?:knew|saw|found out|could see)|snake|#snake|two faced|stab(?:bed|bing)? (?:me |us |you )?in the back|hell ?hole|joke of a|` +
  `like (?:she|he|they)(?:'s|'d|'ve| has| have| had| would)? ever|make it make sense|if (?:his|her|their) life depended on it|` +
  `(?:has|have|with) the (?:personality|brains|charisma|work ethic|people skills|common sense|warmth) of|basically a (?:zoo|circus|prison|madhouse|joke|dictatorship)|madhouse|` +
  `(?:run|ran|managed) by (?:clowns|monkeys|idiots|amateurs|children)|free labour|hides? in the office|` +
  `(?:he|she|they)(?:'s|'re| is| are) lucky i'm|promoted for being|thinks? (?:she's|he's|they're|she is|he is) (?:god's gift|so|the|a|amazing|better|special|in charge)|` +
  `karen|creep|creepy|sleazy|weirdo|psycho|nutter|drama queen|where's (?:it|the money) all going|#justasking|` +
  `the state of (?:her|him|them|the parents|the mum|the dad)|not naming names`,
);

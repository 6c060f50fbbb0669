/**
 * Derogatory, defamatory, rude, threatening or undermining remarks. Three kinds of entry:
 * - insults: an evaluation that needs a target nearby to count (`needsTarget`), or that counts
 *   quietly (low) when free-floating;
 * - accusations: theft, abuse, lying, cover-ups, unsafe practice;
 * - aimed phrases: threats, sarcasm and grievances that carry their own target.
 */
import { ANY, anyOf, entries, words } from './pattern';
import { SETTING_TARGETS } from './targets';

export interface DerogatoryRule { id: string; re: RegExp; needsTarget: boolean; negatable: boolean }

const T = SETTING_TARGETS;
const DET = "(?:my|our|the|this|that|these|those|her|his|their|some|some of the|one of the|certain|a)";

const STRONG_INSULTS = entries('derogatory/strong-insults', 'general', 'common English insults: an insult aimed at someone of the setting is derogatory', [
  'useless', 'incompetent', 'clueless', 'idiots?', 'idiotic', 'morons?', 'moronic', 'imbeciles?', 'stupid', 'pathetic', 'disgraceful', 'a disgrace',
  'liars?', 'two ?faced', 'back ?stabb(?:ers?|ing)', 'bull(?:y|ies)', 'bullying', 'vile', 'toxic', 'lazy', 'unprofessional', 'jobsworths?',
  'clowns?', 'a shambles', 'shambolic', 'vindictive', 'spiteful', 'incapable', 'a waste of space', 'waste of space', 'control freaks?',
  'power ?(?:mad|hungry|tripping)', 'out of (?:her|his|their|my) depth', 'feral', 'horrendous', 'a joke', 'a nightmare', 'scum', 'muppets?',
  'thick as (?:mince|shit|two short planks)', 'a laughing stock', 'laughing stock', 'cowboys?', 'crooks?', 'frauds?', 'thie(?:f|ves)',
  'an embarrassment', 'brain ?dead', 'gormless', 'patronising', 'condescending', 'spineless', 'heartless', 'incompetence', 'favouritism',
  'micromanag(?:e|es|ing|er|ers|ement)', 'jumped ?up', 'brown ?nos(?:e|er|ers|ing)', 'arse ?kiss(?:er|ers|ing)', 'numpt(?:y|ies)', 'plonkers?',
  'a waste of (?:space|oxygen|time)', 'battle ?axe', 'old bag', 'old cow', 'lazy cows?', 'skiving', 'skives', 'does (?:fuck|sod|bugger|naff) all',
]);

const WEAK_INSULTS = entries('derogatory/weak-insults', 'general', 'everyday words and idioms of dislike and complaint: derogatory only when aimed at the setting', [
  `no idea what (?:she|he|they)(?:'s| is| are|'re)? doing`,
  `(?:talks?|speaks?|spoke) to (?:us|me|staff|people) like`,
  `had a go at (?:me|us)`,
  `(?:so |how |really )?badly (?:run|managed|organised)`,
  `helicopter parents?`,
  `treat(?:s|ed)? us like (?:dirt|shit|crap|slaves|rubbish|children)`,
  'awful', 'terrible', 'horrible', 'rubbish', 'crap', 'shit', 'shite', '(?:the )?worst(?! part| bit| thing)', 'rude', 'snakes?', 'cows?',
  'witch(?:es)?', 'brats?', 'rats?', 'dragons?', 'vultures?', 'dim', 'dense', 'embarrassing', 'nightmares', 'arrogant', 'ignorant', 'nasty',
  'hopeless', 'entitled', 'spoilt', 'spoiled', 'hate', 'hates', 'hated', 'a mess', 'a dump', 'dump', 'hell ?hole', 'shit ?hole', 'cesspit', 'thick',
  'ugly', 'fat', 'smelly', 'stinks?', 'unbearable', 'insufferable', 'a pain', "can't stand", 'cannot stand', 'sick of', 'fed up (?:of|with)',
  'sick to death of', 'tired of',
  // "I'm done with this place", not "what have they done with my son".
  '(?<=(?:i\'m|im|am|are|we\'re|were|so|totally|absolutely|completely|officially|literally|proper|is|she\'s|he\'s|they\'re) )done with', 'over it', 'no clue', 'not a clue', "doesn't have a clue", "haven't got a clue", "hasn't got a clue",
  "don't care", "doesn't care", "couldn't care less", 'ought to be ashamed', 'shame on', 'disgusting', 'a disgrace', 'unsafe', 'not safe', 'cheap',
  'tight', 'stingy', 'greedy', 'money ?grabbing', 'rip ?off', 'pisstake', 'taking the piss', 'shocking', 'appalling', 'atrocious', 'diabolical',
  'laughable', 'ridiculous', 'disrespectful', 'hostile', 'cruel', 'evil', 'despise', 'loathe', "can't bear", 'had enough of', 'fuming (?:with|at)',
  'livid (?:with|at)', 'belittl(?:e|es|ed|ing)', 'bull(?:ied|ies)', 'harass(?:ed|es|ing|ment)', 'looks? down on',
  "behind (?:my|our|their|people's) backs?", 'slagg(?:ing|ed) (?:off|us|me|people)', 'gossip(?:s|ing)? about', 'threw (?:me|us) under the bus',
  'throws? (?:me|us) under the bus', 'takes? (?:the )?credit', 'took (?:the )?credit', "doesn't pull (?:her|his|their) weight",
  'never pulls? (?:her|his|their) weight', 'has favourites', 'plays favourites', 'on a power trip', 'power trip', 'breathing down (?:my|our) necks?',
  'up (?:her|his|their) own (?:arse|backside)', 'suck(?:s|ing)? up to',
  '(?:the )?(?:laziest|rudest|nastiest|meanest|stupidest|thickest|most (?:useless|incompetent|unprofessional|two ?faced|annoying|miserable|arrogant|rude|lazy|entitled|clueless|vile))',
  '(?:so |a bit )?up (?:her|him|them|your)sel(?:f|ves)', 'little (?:sods|horrors|monsters|terrors|devils|shits)', 'gremlins?', 'absolute gremlin',
  'demons', 'bitch(?:y|es|ing)?', 'slags?', 'twats?', 'dickheads?', 'pricks?', 'knobheads?', 'tossers?', 'wankers?', 'arseholes?', 'assholes?',
]);

const WEAK_INSULTS_SEEN = entries('derogatory/weak-insults-seen', 'corpus', 'complaints as training authors write them', [
  'animals', 
  '(?:free|glorified|unpaid) (?:[a-z0-9]+ )?babysitt(?:ers?|ing)', 
  
  '(?:screamed|shouted|yelled|swore|snapped|kicked off) at (?:me|us|her|him|staff|the staff)', 
  'treat(?:s|ed|ing)? (?:us|me|staff|the staff) like', 
  'should be (?:sacked|fired|struck off|shut down|ashamed|locked up)',
  
]);

// Swear words used as names for someone ("an absolute tosser", "the dickheads in head office"):
// an insult when aimed at the setting's people, road rage when aimed at a driver or a referee.
const PROFANE_INSULTS = entries('derogatory/profane-insults', 'general', 'swear words used as insults for a person', [
  '(?:an?|such an?|the|what an?|total|absolute|utter|complete|proper|right|massive|smug|arrogant|lazy|useless|jumped up) (?:[a-z]+ )?(?:tossers?|wankers?|twats?|pricks?|knobs?|knob ?heads?|nob ?heads?|bell ?ends?|fann(?:y|ies)|arse ?holes?|ass ?holes?|bawbags?|bastards?|dick ?heads?|cunts?)',
]);

const ACCUSATIONS = entries('derogatory/accusations', 'general', "the policies' accusations: theft, lying, cover-ups, abuse, neglect, unsafe practice, fraud", [
  'steal(?:s|ing)?', 'stole', 'stolen', 'nick(?:s|ing|ed)', 'pinch(?:es|ing|ed)', 'lie(?:s|d)?', 'lying',
  'fiddl(?:e|es|ed|ing) the (?:books|ratios|register|figures|hours|rota)', 'cook(?:s|ed|ing)? the books',
  'cover(?:s|ed|ing)? (?:it |this |that |things |stuff )?up', 'cover ?ups?', 'abus(?:e|es|ed|ing|ive)', 'neglect(?:s|ed|ing|ful)?',
  'mistreat(?:s|ed|ing)?', 'hit(?:s|ting)? (?:the )?(?:kids|children|babies)', 'smack(?:s|ed|ing)? (?:the )?(?:kids|children|babies)',
  'shout(?:s|ed|ing)? at (?:the )?(?:kids|children|babies|toddlers)', 'scream(?:s|ed|ing)? at (?:the )?(?:kids|children|babies|toddlers)',
  '(?:break(?:s|ing)?|broke|breaching) (?:the )?ratios?', 'out of ratio', 'under ?staffed and', 'turn(?:s|ed|ing)? a blind eye', 'fraud',
  'falsif(?:y|ies|ied|ying)', 'ma(?:de|ke|king) up (?:the )?(?:records|observations|obs|paperwork)', 'corrupt',
]);

// "an absolute joke", "a bunch of clueless clowns", "so f*cking useless".
const INTENSIFIED = "(?:(?:an? |the |such an? |so |a bunch of |bunch of )?(?:absolute|complete|total|utter|proper|right|massive|bloody|f[u*]+c?k+ing|effing|actual|genuinely|literally)? ?)?";

const ABSOLUTE = entries('derogatory/absolute', 'general', 'an intensified insult noun: "an absolute joke", "a total shambles"', [
  'an? (?:absolute|complete|total|utter|proper|right|massive) (?:joke|shambles|disgrace|nightmare|mess|clown|idiot|moron|cow|witch|snake|liar|bully|waste of space|embarrassment|muppet|disaster|farce|circus|dump)',
]);

// Threats carry their own target.
const THREATS = entries('derogatory/threats', 'general', "the policies' threats: violence promised to someone, warnings of revenge", [
  `(?:i'll|i will|ill|gonna|going to|i'm going to|im going to|im gonna|i'm gonna|i swear i'll|i could) (?:kill|smash|slap|punch|deck|batter|hurt|strangle|knock|throttle|wring|lamp|twat|smack) ${ANY}{0,2}?(?:her|him|them|that|this|the|my|our|one of|someone|somebody|[a-z]+'s)`,
  'watch (?:your|her|his|their) backs?', "(?:she|he|they)(?:'ll| will) (?:regret|pay for|be sorry)", 'wait (?:till|until) i (?:see|get (?:hold of|my hands on))',
  "you(?:'ve| have) been warned", '(?:she|he|they) better watch (?:out|it)',
]);

// Sarcasm aimed at the workplace: "great communication as always", "love how the management ...".
const SARCASM = entries('derogatory/sarcasm', 'general', 'sarcastic praise of the setting: templates over its roles ("great communication as always")', [
  '(?:great|brilliant|fantastic|lovely|wonderful|amazing|fab) (?:management|leadership|communication|organisation|support) (?:as always|again|yet again|as usual|there)',
  `(?:love|loving|just love) (?:it )?(?:how|when) ${DET} ${T}`,
]);

// Thanks to the setting's people: sarcastic ("thanks for nothing, management") as often as sincere
// ("thanks so much to the staff"), so a rule of its own for the model to weigh apart from sarcasm.
const THANKS = entries('derogatory/thanks', 'general', 'thanks aimed at the setting\'s roles, sarcastic or sincere', [
  `thanks? (?:a lot|for nothing|so much|again)? ?${DET}? ?${T}`,
]);

const VEILED = entries('derogatory/veiled', 'general', 'veiled accusations in everyday idiom: "naming no names", "you know who you are"', [
  `if (?:only )?(?:ofsted|the parents|parents) (?:knew|only knew|found out)`,
  'naming no names', 'not naming (?:any )?names', 'no names mentioned', 'you know who you are', 'some people (?:at|in) (?:work|my work|the nursery)',
  'some (?:people|staff|members of staff|parents) should be',
]);

const WARNING_OFF = entries('derogatory/warning-off', 'general', 'warning families off the setting, in common idiom', [
  `(?:don't|do not|never|wouldn't|would not) (?:send|take|put) (?:your|my|any) (?:kids?|children|child|little ones?|babies|baby) (?:there|to ${ANY}{0,3}?(?:nursery|pre ?school|setting|place))`,
  'keep your (?:kids?|children|little ones?) (?:away|well away)', 'what (?:really )?goes on (?:in|at|behind)',
]);

export const DEROGATORY_RULES: DerogatoryRule[] = [
  { id: 'insult', re: words(`${INTENSIFIED}${anyOf(STRONG_INSULTS)}|${anyOf(ABSOLUTE)}`), needsTarget: false, negatable: true },
  { id: 'insult', re: words(`${INTENSIFIED}${anyOf(WEAK_INSULTS, WEAK_INSULTS_SEEN)}`), needsTarget: true, negatable: true },
  { id: 'insult', re: words(anyOf(PROFANE_INSULTS)), needsTarget: true, negatable: true },
  { id: 'accusation', re: words(anyOf(ACCUSATIONS)), needsTarget: true, negatable: true },
  { id: 'threat', re: words(anyOf(THREATS)), needsTarget: false, negatable: false },
  { id: 'sarcasm', re: words(anyOf(SARCASM)), needsTarget: false, negatable: false },
  { id: 'thanks', re: words(anyOf(THANKS)), needsTarget: false, negatable: false },
  { id: 'veiled', re: words(anyOf(VEILED)), needsTarget: true, negatable: false },
  { id: 'warning-off', re: words(anyOf(WARNING_OFF)), needsTarget: false, negatable: false },
];

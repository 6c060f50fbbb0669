/**
 * Swearing, obscene and sexual words, and discriminatory slurs. Each word rule must match a
 * WHOLE token (after folding and stand-in reading), which is what keeps Scunthorpe, assessment,
 * cocktail and shiitake safe. '*' in a token is a masked letter (f*ck, sh*t).
 * `mild` words are low at most, whatever the pack says (bloody, sod it, damn).
 */
import { words } from './pattern';

/** `notAfter`: words before it that make it innocent. */
/** `notInSentenceWith`: words anywhere in its sentence that give it its innocent sense ("the tits on the feeder"). */
export interface WordRule { id: string; re: RegExp; mild?: boolean; nameToo?: boolean; notAfter?: ReadonlySet<string>; notInSentenceWith?: ReadonlySet<string> }

export const PROFANE_WORDS: WordRule[] = [
  { id: 'fuck', re: /^(?:mother|motha|cluster)?f(?:[u*v]+|\*+)c?[k*]+(?:ing?|in|ed|er|ers|s|face|wit|wits|head|heads|tard|ery|off)?$/ },
  { id: 'fuck', re: /^(?:fck|fk|fkn|fking|fkin|fcking|fckin|fcked|fuk|fuks|fukin|fuking|fukd|fuq|fuqs|fu\*\*|f\*\*\*|f\*\*\*ing)$/ },
  { id: 'shit', re: /^(?:bull|horse|dip|ape|chicken|dog|gob)?sh[i*y]+t+(?:e|es|s|ty|ey|y|tier|tiest|test|ter|head|heads|hole|holes|face|faced|faces|show|storm|bag|bags|ted|ting|load)?$/ },
  // Masked down to its first letters: c**t, c***, f*****g. Nobody stars out "coat".
  { id: 'cunt', re: /^c(?:[u*]+n+|\*{2,})t+(?:s|y|ing|ish)?$|^c\*{3}s?$/ },
  { id: 'fuck', re: /^f\*{2,}(?:g|ng|in|ing|ed|er|s)?$/ },
  { id: 'twat', re: /^tw[a*]t+(?:s|ted|ish)?$/ },
  { id: 'wank', re: /^w[a*]nk(?:er|ers|ing|s|y|stain|ed)?$/ },
  { id: 'bastard', re: /^b[a*]st[a*]rds?$/ },
  { id: 'bitch', re: /^b[i*]tch(?:es|y|ing|ed)?$/ },
  { id: 'bollocks', re: /^b[o*]ll[o*]cks?$/ },
  { id: 'arse', re: /^(?:smart|dumb|lard|jack)?(?:[a*]rse|[a*]ss)(?:hole|holes|holery|d|s|wipe|wipes|licker|kisser)?$/ },
  { id: 'piss', re: /^p[i*]ss(?:ed|ing|es|er|head|heads|take|y)?$/ },
  // Scots: pish (piss), bawbag (scrotum).
  { id: 'piss', re: /^pish(?:ed|ing|y)?$/ },
  { id: 'sexual', re: /^bawbags?$/ },
  { id: 'crap', re: /^cr[a*]p(?:py|pier|piest|s|ped|ping)?$/ },
  { id: 'dick', re: /^d[i*]ck(?:head|heads|s|ish|wad)?$/, nameToo: true },
  { id: 'cock', re: /^c[o*]ck(?:s|sucker|suckers|head|up|womble|wombles)?$/, nameToo: true },
  { id: 'knob', re: /^kn[o*]b(?:head|heads|end|s)$/ },
  { id: 'bellend', re: /^bellends?$/ },
  // A finger-prick test, a pin prick: the blood test and the little hurt, not the insult.
  { id: 'prick', re: /^pricks?$/, notAfter: new Set(['finger', 'pin', 'needle', 'thumb', 'heel']) },
  { id: 'tosser', re: /^tossers?$/ },
  { id: 'sexual', re: /^(?:porn|porno|horny|blowjobs?|dildos?|orgasms?|jizz|boners?|shag|shagged|shagging|shags|titties|boobs|minge|fanny|slags?|sluts?|slutty|whores?|skanks?|nonces?|wankers?)$/, nameToo: true },
  // Blue tits and great tits are birds.
  { id: 'sexual', re: /^tits$/, nameToo: true, notAfter: new Set(['blue', 'great', 'coal', 'bearded', 'marsh', 'willow', 'crested', 'tailed', 'penduline']),
    notInSentenceWith: new Set(['feeder', 'feeders', 'finches', 'goldfinches', 'robin', 'robins', 'sparrows', 'pigeons', 'wrens', 'birds', 'nest', 'nestbox', 'birdhouse', 'birdwatching', 'rspb', 'woodpecker']) },
  { id: 'slur', re: /^(?:retards?|retarded|spastics?|spaz|spazz|mongs?|mongo|faggots?|dykes?|trann(?:y|ies)|pakis?|niggers?|niggas?|gyppos?|pikeys?|wogs?|kikes?|spics?|ragheads?|towelheads?|coons?)$/, nameToo: true },
  // Abbreviations spell the word out to every reader: ffs, wtf, stfu.
  { id: 'fuck', re: /^(?:ffs|wtf|wtaf|stfu|gtfo|omfg|fml|lmfao|fkoff)$/ },
  { id: 'mild', re: /^(?:bloody|bugger|buggered|buggering|damn|damned|dammit|damnit|goddamn|godammit|git|pillock|prat|effing|frigging|friggin|feck|fecking)$/, mild: true },
];

/** Mild phrases only count as phrases: "sod it", "for the hell of it". */
export const MILD_PHRASES: RegExp[] = [
  words("sod (?:it|off|this|that|the|all|you|'?em)"),
  words('(?:what|why|who|where|how) the hell'),
  words('(?:for|just) the hell of it'),
  words('(?:bloody|like|go to) hell'),
  words('hell (?:of a|yeah|no|on earth)'),
];

/**
 * Words with an innocent sense (a door knob, a knob of butter, a blue tit) are swearing when
 * said of a person: "he's a knob", "you absolute tit", "such a massive knob".
 */
export const INSULT_ONLY_PHRASES: RegExp[] = [
  words("(?:(?:he's|hes|she's|shes|you're|youre|ur|you|he is|she is|you are|is|was|being|such|what|bit of) (?:a |an )?|(?:a|an) )?(?:absolute|total|complete|utter|massive|proper|right|smug|little|jumped up) (?:knob|tit)s?(?! of| for| on)"),
  words("(?:he's|hes|she's|shes|you're|youre|ur|he is|she is|you are|being|such) (?:a |an )(?:knob|tit)(?! of| for| on)"),
];

/** Strong words masked down to a letter: "f off", "for f's sake". */
export const MASKED_PHRASES: RegExp[] = [words("f off|f's sake|for f sake|eff off")];

/** Sexually explicit phrases made of ordinary words. */
export const SEXUAL_PHRASES: RegExp[] = [words("(?:get|got|getting|gets) laid|(?:bang|banging|banged|screw|screwing|screwed) (?:him|her|them|his|each other)(?: brains out)?|sex on legs|in the sack")];

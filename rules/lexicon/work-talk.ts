/**
 * Writing about one's work, the children or their families. Needs visible work context: the
 * poster writes as staff about the workplace ("my key children", "rough day in the baby room",
 * "one of the mums at pick-up"). A bare "long day at work" is `low`: it says nothing about
 * the setting.
 */
import { ANY, oneOf, words } from './pattern';

export interface WorkTalkRule { id: string; re: RegExp; bare?: boolean; ownFamilyExcludes?: boolean }

const ROOMS = oneOf(['baby', 'babies', 'toddler', 'toddlers', 'tweenies?', 'pre ?school', 'preschool', 'under twos?', 'under 2s', 'over twos?', 'twos', '2s', 'threes', 'rising fives', 'nursery', 'sensory', 'garden', 'sleep', 'messy play']);
const FAMILY = oneOf(['mums?', 'mams?', 'moms?', 'mummy', 'daddy', 'dads?', 'parents?', 'grandparents?', 'grandmas?', 'grandads?', 'nans?', 'nanas?', 'families', 'family', 'carers?']);
export const FAMILY_WORDS = FAMILY;
const CHILDREN = oneOf(['kids', 'kid', 'children', 'child', 'babies', 'baby', 'toddlers?', 'little ones', 'tots', 'preschoolers?', 'boys', 'girls', 'lot']);
const WORKPLACE = oneOf(['work', 'nursery', 'the nursery', 'pre ?school', 'the setting', 'my setting', 'our setting', 'my room', 'our room', 'my class', 'the room']);
const TIMES = oneOf(['pick ?up', 'drop ?off', 'home time', 'collection', 'nap ?time', 'snack ?time', 'lunch ?time', 'circle time', 'carpet time', 'story time', 'free ?flow', 'tidy up time', 'handover']);
const JARGON = oneOf([
  'key (?:children|child|kids|kid|group|person|worker)', 'my key ?(?:children|child|kids|kid|group|person)', 'ofsted', 'eyfs', 'learning journals?', 'learning journeys?',
  'observations on tapestry', 'tapestry', 'staff meeting', 'room leaders?', 'senco', 'ratios?', 'inset day', 'parents evening',
  'settling in (?:sessions?|visits?)', 'sleep checks', 'nappy changes at work', 'the children i look after', 'the kids i look after',
  'the babies i look after', 'children in my care', 'kids in my care', 'my little ones at work', 'work kids', 'my nursery kids', 'my nursery children',
  'the kids at work', 'the children at work', 'kids at nursery today', 'sen (?:child|children|kid|kids)', 'ehcp', 'risk assessments?', 'staff room', 'staffroom',
  'accident forms?', 'incident forms?', 'my shift', 'on shift', 'early shift', 'late shift', 'open(?:ing)? shift', 'closing shift', 'the rota',
]);

export const WORK_TALK_RULES: WorkTalkRule[] = [
  { id: 'jargon', re: words(JARGON), ownFamilyExcludes: true },
  { id: 'rooms', re: words(`(?:in|from|into|to|out of|running|covering|moved to|back in) (?:the|my|our) ${ROOMS} room`) },
  { id: 'families', re: words(`(?:one|some|two|three|a couple|lots|all) of (?:the|my|our) ${FAMILY}(?: ${ANY}{0,4}?(?:at|from) (?:${TIMES}|${WORKPLACE}))?|(?:a|one|this|that|the) ${FAMILY} (?:at|during) ${TIMES}|${FAMILY} at ${TIMES}`) },
  { id: 'children', re: words(`(?:one|some|two|three|a couple|lots|all|none|half) of (?:the|my|our) ${CHILDREN} (?:at|in) (?:${WORKPLACE}|my room|my group|my key group)|(?:the|my|our) ${CHILDREN} (?:at|in) (?:work|my room|my class|my group|nursery today|the nursery)|(?:a|one|this|that) (?:child|kid|little one|baby|toddler) (?:at|in) (?:work|my room|my class|my group|nursery)|(?:the|my|our) (?:nursery|pre ?school|setting) (?:${CHILDREN}|${FAMILY})`) },
  { id: 'staff', re: words(`(?:my|our) (?:manager|boss|deputy|room leader|colleagues?|co ?workers?|workmates?|owner|head) (?:at work|said|says|told|made|wants|asked|has|had|is|was|just)|(?:at|in|from|after|before|during) (?:work|nursery|the nursery) (?:today|tonight|this morning|this afternoon|this week)(?: ${ANY}{0,5}?(?:${CHILDREN}|${FAMILY}))|(?:worked|working|covered|covering|did) (?:a|an|the|my)? ?(?:\\d+|double|extra|twelve|ten|eleven) ?(?:hour )?shifts?`) },
  { id: 'workplace', ownFamilyExcludes: true, re: words(`(?:the|our|my|new|their|a|your|certain|some|other|all the) (?:manager|managers|nursery manager|owner|owners|boss|deputy|deputy manager|room leader|room leaders|management|colleagues?|co ?workers?|workmates?|senco|apprentices?|practitioners?|key worker)|management|supervision|appraisal|staff (?:meeting|room|down|training|shortages?|rota|wellbeing)|(?:one|two|three|four|\\d) (?:staff|members of staff) (?:down|off|short)|training (?:session|day|course)|paperwork|inspection|pay ?rise|petty cash|new girl|new starter|(?<!(?:at|from|to|in|into|left|leave|leaving) )(?:our|the|my) nursery(?! rhymes?)|part of the job|worst part of|(?:my|the) job|nappies|nappy changes?|bottles and naps|first aid|messy play|sensory play|free flow|outdoor play|story ?time|circle time|home time|nap ?time|snack ?time|biting incident|bit (?:three|two|another|a) (?:kids|children)|tapestry|eyfs|(?:my|our|the) little ones|the (?:babies|toddlers|preschoolers)|(?:a|one|the) parent(?:s)? (?:complained|shouted|said|asked|told|thanked)|(?:tell|told|telling) (?:a|the) parent|(?:the|our|my) (?:parents|mums|dads|families|children|kids|babies|toddlers) in (?:my|our|the) (?:room|class|group|care)|sent (?:him|her|them) in (?:with|poorly|ill|sick|unwell|full of)|(?:people|professionals|staff|women|girls|lot|ones) (?:i|we) work with|(?:the|my|our) ${ROOMS} room|(?:baby|babies|toddler|toddlers|tweenies|pre ?school|preschool|under twos|sensory) (?:room|crew|gang|group|kids|children)|(?:moving|moved|move) up to (?:pre ?school|the (?:toddler|baby|pre ?school) room)|(?:in|into|to) (?:pre ?school)(?= |$)(?!.{0,20}(?:my son|my daughter))|rota|settling in (?:a |the )?(?:new )?(?:baby|child|toddler|starter)|my lot|(?:the )?(?:\\d+am|early|late) (?:open|close|opening|closing)|#nurserylife|#earlyyears|#eyfs|#nurserystaff|#preschool|#nurseryteacher|#keyperson|key person|(?:look|looked|looking|care|cared|caring) (?:after|for) (?:some of )?(?:the|those|these|my|our) (?:babies|children|kids|little ones|toddlers)|(?:the )?under ?(?:2|two|3|three|5|five)s|sign ?in sheet|key famil(?:y|ies)|(?:the )?(?:2|3|4|two|three|four)s and (?:3|4|5|three|four|five)s|fire drill|student placement|(?:our|my|the) setting|(?:pre ?school|nursery|baby room|toddler room) staff|graduation rehearsal|(?:first|last) (?:one|person) in`) },
  { id: 'bare-work', re: words(`(?:long|busy|hard|rough|tough|tiring|exhausting|stressful|crazy|mad|manic|good|great|lovely|fun) (?:day|week|shift|night|morning) (?:at|in) work|(?:back to|off to|heading to|finished|leaving|at) work (?:tomorrow|today|tonight|again|now)|work (?:was|is) (?:busy|hard|rough|long|mad|manic|crazy|exhausting)|(?:hate|love|loving|miss|missing) (?:my|this) job|(?:my|this) job is|(?:at|from|after|before) work|work (?:today|tonight|tomorrow|this week|friends?|wife|husband|bestie|do|party|night out|drinks)|staff (?:night out|party|do|photo|drinks|christmas party)|(?:at|from|to|in|into|left|leave|leaving) (?:the )?nursery(?! rhymes?)`), bare: true },
];

/**
 * Writing about one's work, the children or their families. Needs visible work context: the
 * poster writes as staff about the workplace ("my key children", "rough day in the baby room",
 * "one of the mums at pick-up"). A bare "long day at work" is `low`: it says nothing about
 * the setting.
 */
import { ANY, anyOf, entries, words } from './pattern';

export interface WorkTalkRule { id: string; re: RegExp; bare?: boolean; ownFamilyExcludes?: boolean }

const ROOMS = anyOf(entries('work-talk/rooms', 'general', "the rooms of nurseries and pre-schools", ['baby', 'babies', 'toddler', 'toddlers', 'tweenies?', 'pre ?school', 'preschool', 'under twos?', 'under 2s', 'over twos?', 'twos', '2s', 'threes', 'rising fives', 'nursery', 'sensory', 'garden', 'sleep', 'messy play']));
const FAMILY_LIST = entries('work-talk/family', 'general', "the words for a child's family", ['mums?', 'mams?', 'moms?', 'mummy', 'daddy', 'dads?', 'parents?', 'grandparents?', 'grandmas?', 'grandads?', 'nans?', 'nanas?', 'families', 'family', 'carers?']);
const FAMILY = anyOf(FAMILY_LIST);
export const FAMILY_WORDS = FAMILY;
const CHILDREN = anyOf(entries('work-talk/children', 'general', 'the words for the children of a setting', ['kids', 'kid', 'children', 'child', 'babies', 'baby', 'toddlers?', 'little ones', 'tots', 'preschoolers?', 'boys', 'girls', 'lot', 'weans', 'bairns', 'wains']));
const WORKPLACE = anyOf(entries('work-talk/workplace-words', 'general', 'the words for a setting and its rooms', ['work', 'nursery', 'the nursery', 'pre ?school', 'the setting', 'my setting', 'our setting', 'my room', 'our room', 'my class', 'the room']));
const TIMES = anyOf(entries('work-talk/times', 'general', 'the times of a setting\'s day', ['pick ?up', 'drop ?off', 'home time', 'collection', 'nap ?time', 'snack ?time', 'lunch ?time', 'circle time', 'carpet time', 'story time', 'free ?flow', 'tidy up time', 'handover']));

const JARGON = entries('work-talk/jargon', 'general', 'the jargon of early years work (EYFS, Ofsted, key persons, ratios)', [
  'key (?:children|child|kids|kid|group|person|worker)', 'my key ?(?:children|child|kids|kid|group|person)', 'ofsted(?! (?:report|reports|rating|ratings) (?:for|on|of) (?:the|that|a|this|those) | style| framework| report cards| website| inspectors? called)', 'eyfs', 'learning journals?', 'learning journeys?',
  'observations on tapestry', 'tapestry', 'staff meeting', 'room leaders?', 'senco', 'ratios?', 'inset day', 'settling in (?:sessions?|visits?)', 'sleep checks',
  'sen (?:child|children|kid|kids)', 'ehcp', 'risk assessments?', 'staff room', 'staffroom', 'accident forms?', 'incident forms?', 'my shift', 'on shift', 'early shift',
  'late shift', 'open(?:ing)? shift', 'closing shift', 'the rota',
  // Scotland, Wales and Northern Ireland.
  'in ?service days?', 'parent council', 'cluster (?:meeting|moderation)', 'moderation meeting', 'cfe levels?', 'snsas?', 'asn (?:base|provision|support)',
  'estyn', 'eti inspection', 'transfer test', 'the (?:elc|meithrin|nursery unit)(?: room| class)?',
]);
const ROOM_TALK = entries('work-talk/room-talk', 'corpus', 'being in a room of the setting', [`(?:in|from|into|to|out of|running|covering|moved to|back in) (?:the|my|our) ${ROOMS} room`]);
const FAMILY_TALK = entries('work-talk/family-talk', 'corpus', 'the families met at work', [
  `(?:one|some|two|three|a couple|lots|all) of (?:the|my|our) ${FAMILY}(?: ${ANY}{0,4}?(?:at|from) (?:${TIMES}|${WORKPLACE}))?`,
  `(?:a|one|this|that|the) ${FAMILY} (?:at|during) ${TIMES}`, `${FAMILY} at ${TIMES}`,
]);
const CHILD_TALK = entries('work-talk/child-talk', 'corpus', 'the children at work', [
  `(?:one|some|two|three|a couple|lots|all|none|half) of (?:the|my|our) ${CHILDREN} (?:at|in) (?:${WORKPLACE}|my room|my group|my key group)`,
  `(?:the|my|our) ${CHILDREN} (?:at|in) (?:work|my room|my class|my group|nursery today|the nursery)`,
  '(?:a|one|this|that) (?:child|kid|little one|baby|toddler) (?:at|in) (?:work|my room|my class|my group|nursery)',
  `(?:the|my|our) (?:nursery|pre ?school|setting) (?:${CHILDREN}|${FAMILY})`,
]);
const STAFF_TALK = entries('work-talk/staff-talk', 'corpus', 'colleagues and shifts', [
  '(?:my|our) (?:manager|boss|deputy|room leader|colleagues?|co ?workers?|workmates?|owner|head) (?:at work|said|says|told|made|wants|asked|has|had|is|was|just)',
  
  
]);
const SHIFTS = entries('work-talk/shifts', 'general', 'long and extra shifts', [
  '(?:worked|working|covered|covering|did) (?:a|an|the|my)? ?(?:\\d+|double|extra|twelve|ten|eleven) ?(?:hour )?shifts?',
]);
const WORK_WORDS = entries('work-talk/work-words', 'general', 'the daily vocabulary of working in a nursery: its staffing, routines, records and hashtags', [
  `(?:the )?(?:2|3|4|two|three|four)s and (?:3|4|5|three|four|five)s`,
  `settling in (?:a |the )?(?:new )?(?:baby|child|toddler|starter)`,
  'management', 'supervision', 'appraisal', 'staff (?:meeting|room|down|training|shortages?|rota|wellbeing)', '(?:one|two|three|four|\\d) (?:staff|members of staff) (?:down|off|short)',
  '(?<!potty )training (?:session|day|course)', 'paperwork', 'inspection', 'pay ?rise', 'petty cash', 'new girl', 'new starter', 'nappies', 'nappy changes?', '(?:paediatric )?first aid (?:refresher|training|certificate|box|kit|course)', 'paediatric first aid',
  'messy play', 'sensory play', 'free flow', 'outdoor play', 'story ?time', 'circle time', 'home time', 'nap ?time', 'snack ?time', 'biting incident', 'tapestry', 'eyfs',
  'rota', 'nursery ?life', 'earlyyears', 'nurserystaff', 'nurseryteacher', 'keyperson', 'key person', 'key famil(?:y|ies)', 'fire drill',
  'student placement', 'sign ?in sheet', '(?:the )?(?<!for )under ?(?:2|two|3|three|5|five)s(?! (?:free|go free|half price|eat free|travel free|are free|get in free))', '(?:pre ?school|nursery|baby room|toddler room) staff', `(?:the|my|our) ${ROOMS} room`,
  '(?:baby|babies|toddler|toddlers|tweenies|pre ?school|preschool|under twos|sensory) (?:room|crew|gang|group|kids|children)',
]);
// A school's staff speak of their classes by year group and of their duties; a parent says "my
// son's Year 4" or "she's in Year 4", so the class as a group ("my Year 6s", "Year 5 were") is the sign.
const SCHOOL_VOICE = entries('work-talk/school-voice', 'general', "a school's staff: their classes by year group, their duties, teachers' hashtags", [
  '(?:my|our|the) (?:year ?\\d{1,2}s|y\\d{1,2}s|p[1-7]s|s[1-6]s|reception class|nursery class|pupils|form group|tutor group)',
  // Scotland and Northern Ireland: the class by its stage, as the year group elsewhere.
  'p[1-7] (?:were|are|have|had|did|wrote|made|went|got|loved|kept|told|asked|said)', '(?:the|that|this) p[1-7] (?:class|teacher|teachers|weans|bairns|kids|lot)',
  '(?:teach|teaches|teaching|taught|covering|cover|covered|rehearsal with|assembly with) p[1-7]s?',
  '(?:my|our) (?:year ?\\d{1,2}|reception|class)(?! (?:at the gym|at the leisure centre|mates?|reunion))', 'in my class',
  'year ?\\d{1,2} (?:were|are|have|had|did|wrote|taught|made|went|got|loved|kept|told|asked|said)',
  '(?:teach|teaches|teaching|taught|covering|cover|covered) (?:year ?\\d{1,2}|reception|p[1-7])', '(?:half|all|most|some) (?:of )?the year ?\\d{1,2} (?:boys|girls|kids|lot|class)',
  // Boarding schools: the house and its staff.
  'housem(?:aster|istress)(?: life)?', 'boarders', 'weekly boarders', 'boarding house', 'exeat',
  'wet play', '(?:lunch ?time|lunch|dinner|playground|break|bus|gate|yard) duty', 'multiplication (?:tables )?check', 'report writing', 'reports to write',
  'invigilat(?:e|ed|ing|ion)',
  // A secondary's staff: their form, their lessons and what they teach; the behaviour system, data and observations.
  '(?:(?<!(?:filled|fill|filling|fills) )in|from|with|to) my form(?! (?:for|online|in))', 'my form (?:group|class|room|are|were|have|had)', '(?:in|during|after|before|ruined) my lessons?', 'my lessons? (?:was|were|today|this)',
  'my sixth formers', '(?:group|class|child|kid|kids|children|pupil|student|year)s? (?:i\'ve|i have|i) (?:ever )?taught', 'taught (?:in|for) \\d+ years',
  'i teach (?:at|in|year|maths|english|science|chemistry|physics|biology|history|geography|french|spanish|german|pe|art|music|drama|computing|reception|sixth form)',
  'head of (?:year|key stage|department|sixth form)', 'cover (?:lessons?|work|supervisor)', 'learning walks?', 'data drops?', 'isolation room', '(?:bottom|top|middle) set(?! everything)',
  'form time', 'on ?call duty', '(?:\\d+|twenty|thirty) year ?\\d{1,2}s',
  // Hashtags reach the stream as their words, without the '#': #teacherlife and #TeacherLife alike.
  'teachers ?of ?instagram', 'primaryteacher', 'secondaryteacher', 'teacher ?life', 'eyfsteacher', 'teacher ?twitter', 'edu ?twitter', 'teachingassistant',
  'talife', 'dinnerlady', 'lunchtimesupervisor',
]);
const WORK_SEEN = entries('work-talk/work-seen', 'corpus', 'writing as staff about the workplace, as training authors do', [
  '(?:the|our|my|new|their|a|certain|some|other|all the) (?:manager|managers|nursery manager|owner|owners|boss|deputy|deputy manager|room leader|room leaders|management|colleagues?|co ?workers?|workmates?|senco|apprentices?|practitioners?|key worker)',
  '(?<!(?:at|from|to|in|into|left|leave|leaving) )(?:our|the|my) nursery(?! (?:rhymes?|section|centre|center|garden|plants?|trees?|stock|bed|beds|slopes?|(?:in|at) the garden centre))',
  'part of the job', 'worst part of', '(?:my|the) job', 'bit (?:three|two|another|a) (?:kids|children)', '(?:my|our|the) little ones',
  'the (?:babies|toddlers|preschoolers)', '(?:tell|told|telling) (?:a|the) parent',
  
  '(?:people|professionals|staff|women|girls|lot|ones) (?:i|we) work with',
  '(?:moving|moved|move) up to (?:pre ?school|the (?:toddler|baby|pre ?school) room)', '(?:in|into|to) (?:pre ?school)(?= |$)(?!.{0,20}(?:my son|my daughter))',
  'my lot', 
  '(?:look|looked|looking|care|cared|caring) (?:after|for) (?:some of )?(?:the|those|these|my|our) (?:babies|children|kids|little ones|toddlers)',
  '(?:our|my|the) setting', '(?:first|last) (?:one|person) in',
]);
// The poster saying they are staff: "I work at a forest nursery", "the school where I work",
// "first week as an NQT", "ten years a childminder", the mindees.
const SELF_AS_STAFF = entries('work-talk/self-as-staff', 'general', 'the poster naming their own job with children', [
  "i (?:work|worked|teach|taught|volunteer) (?:at|in) (?:a|an|the) (?:[a-z]+ ){0,2}(?:nursery|school|pre ?school|primary|academy|setting|children's centre|(?:after|before) school club|breakfast club|holiday club|playgroup)",
  '(?:nursery|school|pre ?school|setting|club) (?:where|that) i (?:work|teach)', "(?:the )?(?:best|worst) (?:place|school|nursery|job) i(?:'ve| have)? ever (?:worked|had)",
  // Not a qualification looked back on: "ten years since I qualified as a nursery nurse".
  "(?<!(?:qualified|qualify|trained|train|training) )(?:as|being) an? (?:nqt|ect|ta|teaching assistant|nursery nurse|childminder|early years practitioner|practitioner|playworker|room leader|deputy head|head teacher|headteacher|senco|dsl|cover supervisor)",
  "(?:years?|months?|weeks?|days?) (?:as )?an? (?:childminder|nqt|ect|nursery nurse|practitioner|playworker|teaching assistant)",
  '(?:my|the|our) mindees', 'mindees', 'childminding ?life', 'childminder ?life',
]);
const BARE_WORK = entries('work-talk/bare-work', 'corpus', 'work said without saying where: a quiet note', [
  '(?:long|busy|hard|rough|tough|tiring|exhausting|stressful|crazy|mad|manic|good|great|lovely|fun) (?:day|week|shift|night|morning) (?:at|in) work',
  '(?:back to|off to|heading to|finished|leaving|at) work (?:tomorrow|today|tonight|again|now)', 
  '(?:hate|love|loving|miss|missing) (?:my|this) job', '(?:at|from|after|before) work',
  'work (?:today|tonight|tomorrow|this week|friends?|wife|husband|bestie|do|party|night out|drinks)', 'staff (?:night out|party|do|photo|drinks|christmas party)',
  '(?:at|from|to|in|into|left|leave|leaving) (?:the )?nursery(?! rhymes?)',
]);

// "At work" alone is a quiet note; a child met there ("a kid at work today", "at work one of my
// toddlers") says the work is with children. Children counted out of a group are the ones in
// one's care: a parent says "my son", not "one of my babies".
const CARED_CHILD = entries('work-talk/cared-child', 'general', 'a child met at work, not named as one\'s own', [
  '(?:a|one|this|that|another) (?:child|kid|little one|toddler|baby|little boy|little girl)',
  '(?<=(?:^| )(?:a|one|this|that|another) (?:[^ |,]+ ){0,2})(?:one|two|three|four|five|[1-5]) year old',
  '(?:one|two|three|four|some|all|none|half|a couple|most|several) of (?:my|the|our) (?:babies|toddlers|kids|children|little ones|preschoolers)',
  '(?:kid|kids|child|children|baby|babies|toddlers?)(?= (?:at|in) work)',
]);
export const CARED_CHILD_RE = words(anyOf(CARED_CHILD));
export const AT_WORK_RE = words(anyOf(entries('work-talk/at-work', 'general', 'being at one\'s work, wherever it is', ['(?:at|in) work'])));

// Someone else's job ("my cousin's a head teacher", "my friend's nursery", "every teacher I
// know"): their inspections and managers are theirs, not the poster's workplace.
export const OTHERS_JOB_RE = words(anyOf(entries('work-talk/others-job', 'general', "another person's job or workplace, named by who they are to the poster", [
  "(?:my|our|his|her) (?:friend|friends|mate|mates|cousin|sister|brother|sister in law|brother in law|mum|mam|dad|auntie|aunty|uncle|neighbour|bestie|best friend|husband|wife|partner|niece|nephew)(?:'s| is) (?:a |an |the )?(?:[^ |,]+ ){0,2}(?:teacher|head ?teacher|head|governor|midwife|nurse|childminder|nursery nurse|teaching assistant|ta|manager|nursery|setting|school|job)",
  '(?:every|all the|most) (?:teachers?|nurses?|childminders?|nursery workers?) (?:i|we) know',
])));
// The job itself, said of any job: "the best part of the job", "my job".
export const JOB_WORDS_RE = words(anyOf(entries('work-talk/job-words', 'general', 'the job itself, in the words of any job', [
  '(?:the|my) job', '(?:best|worst|hardest|funniest) part of(?: (?:the|my) job)?', 'part of the job',
])));
// Words every job has (a manager, a rota, an appraisal, paperwork): in a post about a job
// outside childcare and schools (a warehouse, the tills, the ward), they are that job's.
export const ANY_JOB_RE = words(anyOf(entries('work-talk/any-job', 'general', 'the staffing and routine of any job, not only a setting', [
  '(?:the|our|my|new|their|a|certain|some|other|all the) (?:manager|managers|owner|owners|boss|deputy|management|colleagues?|co ?workers?|workmates?|apprentices?)',
  'management', 'supervision', 'appraisal', 'paperwork', 'pay ?rise', 'rota', 'the rota', 'new starter', 'new girl', 'staff (?:meeting|room|shortages?|rota|wellbeing|training)',
  '(?:my|on|early|late|closing|open(?:ing)?) shift', '(?:worked|working|covered|covering|did) (?:a|an|the|my)? ?(?:\\d+|double|extra|twelve|ten|eleven) ?(?:hour )?shifts?',
  '(?:my|our) (?:manager|boss|deputy|colleagues?|co ?workers?|workmates?|owner) (?:at work|said|says|told|made|wants|asked|has|had|is|was|just)',
])));
export const WORK_TALK_RULES: WorkTalkRule[] = [
  { id: 'jargon', re: words(anyOf(JARGON)), ownFamilyExcludes: true },
  { id: 'rooms', re: words(anyOf(ROOM_TALK)) },
  { id: 'families', re: words(anyOf(FAMILY_TALK)) },
  { id: 'children', re: words(anyOf(CHILD_TALK)) },
  { id: 'staff', re: words(anyOf(STAFF_TALK, SHIFTS)) },
  { id: 'workplace', ownFamilyExcludes: true, re: words(anyOf(WORK_WORDS, WORK_SEEN)) },
  { id: 'self-as-staff', re: words(anyOf(SELF_AS_STAFF)) },
  { id: 'school', ownFamilyExcludes: true, re: words(anyOf(SCHOOL_VOICE)) },
  { id: 'bare-work', re: words(anyOf(BARE_WORK)), bare: true },
];

/**
 * Who a remark can be aimed at. Derogatory words count when aimed at the setting or people
 * connected with it; not at a film, the weather, one's own phone or oneself.
 */
import { anyOf, entries } from './pattern';

/** The roles of settings in Scotland, Wales and Northern Ireland: a depute, the headie, the jannie, a principal, classroom assistants. */
const REGIONAL_ROLES = [
  'deputes?', 'depute heads?', 'headie', 'heidie', 'jannie', 'janitors?', 'principals?', 'vice ?principals?', 'classroom assistants?', 'psas?',
  'pupil support (?:assistants?|workers?)', 'principal teachers?', 'parent council',
];
// Scots and Ulster words for the children.
const REGIONAL_CHILDREN = ['weans?', 'bairns?', 'wains'];

/** The setting and the people connected with it, as ordinary words. */
export const SETTING_TARGETS = anyOf(entries('targets/setting', 'general', 'the setting and its people by role, in every kind of setting', [
  'managers?', 'management', 'boss(?:es)?', 'owners?', 'head ?teachers?', 'heads?', 'deputy', 'deputies', 'room leaders?',
  'supervisors?', 'senco', 'colleagues?', 'co ?workers?', 'workmates?', 'staff', 'staff members?', 'team leaders?',
  'parents?', 'mums?', 'mams?', 'moms?', 'mummies', 'dads?', 'daddies', 'mothers?', 'fathers?', 'grandparents?', 'families', 'family',
  'kids', 'kid', 'children', 'child', 'toddlers?', 'babies', 'pupils?', 'nursery', 'pre ?school', 'setting', 'workplace',
  'employers?', 'company', 'this place', 'that place', 'the place', 'apprentices?', 'practitioners?', '(?:anyone|someone|somebody|people|everyone) (?:at|from) work',
  'nursery nurses?', 'new girl', 'new starter', 'other staff', 'cook', 'office', 'hr', 'ofsted',
  // The roles of every kind of setting: schools, childminders, clubs, special schools, trusts.
  'assistants?', 'teaching assistants?', 'tas', 'lsas?', 'hltas?', 'playworkers?', 'childminders?', 'committee', 'governors?', 'trustees?',
  'the trust', 'slt', 'smt', 'senior leadership', 'leadership(?: team)?', 'heads? of year', 'form tutors?', 'teachers?', 'cover supervisors?', 'dsl',
  'bursar', 'matron', 'registrar', 'site manager', 'caretaker', 'cleaners?', 'lunchtime (?:staff|supervisors?)', 'dinner lad(?:y|ies)', 'volunteers?',
  'agency staff', 'supply (?:staff|teachers?)', '(?:the|this|our|my) (?:school|academy|club|centre|unit)', 'pta',
  ...REGIONAL_ROLES, ...REGIONAL_CHILDREN,
]));

/** Things that are not the setting: a remark about these is not derogatory. */
export const OTHER_TARGETS = anyOf(entries('targets/other', 'general', 'everyday things people complain about that are not the setting', [
  'weather', 'rain', 'snow', 'film', 'films', 'movie', 'movies', 'show', 'series', 'episode', 'book', 'traffic', 'trains?',
  'buses', 'bus', 'tube', 'phone', 'laptop', 'computer', 'wifi', 'internet', 'printer', 'car', 'game', 'match', 'referee', 'ref',
  'government', 'council', 'landlord', 'neighbours?', 'ex', 'broadband', 'app', 'update', 'hair', 'diet', 'cold', 'hangover',
  'commute', 'service', 'delivery', 'parcel', 'taxi', 'uber', 'restaurant', 'hotel', 'flight', 'airline', 'bank', 'song', 'album',
]));

/** Own family: "my kids" from a member of staff may be their own children, not the setting's. */
export const OWN_FAMILY = anyOf(entries('targets/own-family', 'general', "one's own family and friends, and likening adults to children", [
  "the (?:eldest|youngest|oldest|middle one|twins)",
  "(?:my|our|your) (?:own )?(?:kids?|children|child|sons?|daughters?|babies|baby|boys?|girls?|little ones?|toddlers?|mums?|mams?|dads?|parents|grandparents|family|husband|wife|partner|fella|hubby|eldest|youngest|oldest|middle one|twins|two|three|niece|nieces|nephews?|grandsons?|granddaughters?|grandchildren|grandkids|godson|goddaughter|stepson|stepdaughter|sister|sisters|brother|brothers|cousin|cousins|aunt|auntie|uncle|friend|friends|mate|bestie|best friend|neighbour|flatmate|housemate|other half|lad|lads|lass|lasses|bairns?|weans?)",
  "(?:my|our) (?:little|wee|baby|big|eldest|youngest|gorgeous|beautiful|darling) (?:boys?|girls?|sons?|daughters?|ones?|man|men|lady|monkey|monsters?|lad|lass|sister|brother)",
  "like (?:a bunch of |a load of |some |a |little )?(?:toddlers|kids|children|babies|toddler|kid|child|baby)",
]));

export const SELF = anyOf(entries('targets/self', 'general', 'the first person', ["i", "i'm", "im", "i've", "me", "myself", "i am", "i was", "i feel", "i felt"]));

export const NEGATION = anyOf(entries('targets/negation', 'general', 'negation', ["not", "never", "no", "isn't", "wasn't", "aren't", "weren't", "ain't", "hardly", "nothing", "don't", "doesn't", "didn't", "nobody", "none"]));

/** Adults and places a dig can be aimed at, by role: sarcasm needs one of these (or a name). */
export const PEOPLE_TARGETS = anyOf(entries('targets/people', 'general', 'the adults and places of a setting by role', [
  'managers?', 'management', 'boss(?:es)?', 'owners?', 'deputy', 'deputies', 'room leaders?', 'supervisors?', 'senco', 'colleagues?',
  'co ?workers?', 'workmates?', 'staff', 'team', 'new girl', 'new starter', 'apprentices?', "parents?'?(?! evening)", 'mums?', 'mams?', 'dads?',
  'families', 'nursery', 'this place', 'that place', 'place to work', 'professionals', 'people i work with', 'some people',
  'head ?teacher', 'headteacher', 'the head', 'hr', 'office', 'fees', 'wages', 'ofsted', 'whoever', '(?:next |the )?person at work', 'where i work', "(?:lad|lass|boy|girl|child|kid|one)s? in (?:my|our|the) (?:room|group|class|key group)", 'agency (?:girl|lad|staff|worker|workers|woman|man|cover)', 'dear colleague', 'the cook', 'cook', 'grandads?', 'grandmas?', 'grandparents?', 'nans?', 'key group', 'room leader', 'her ladyship', 'his lordship', 'the office', 'our setting',
  '(?:baby|babies|toddler|toddlers|pre ?school|preschool|tweenies) room', '(?:anyone|someone|somebody|people|everyone) (?:at|from) work', 'i work with', 'we work with',
  'assistants?', 'teaching assistants?', 'tas', 'lsas?', 'hltas?', 'playworkers?', 'childminders?', 'committee', 'governors?', 'trustees?',
  'the trust', 'slt', 'smt', 'senior leadership', 'leadership(?: team)?', 'heads? of year', 'form tutors?', 'teachers?', 'cover supervisors?', 'dsl',
  'bursar', 'matron', 'registrar', 'site manager', 'caretaker', 'cleaners?', 'lunchtime (?:staff|supervisors?)', 'dinner lad(?:y|ies)', 'volunteers?',
  'supply (?:staff|teachers?)', '(?:the|this|our|my) (?:school|academy|club|centre|unit)', 'pta',
  ...REGIONAL_ROLES,
]));

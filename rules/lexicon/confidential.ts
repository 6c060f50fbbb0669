import { ANY, anyOf, entries, oneOf, words } from './pattern';

/**
 * The small default list of confidential matters every setting shares (safeguarding, child
 * protection, disciplinary matters); packs add their own business-sensitive terms.
 */
export const CONFIDENTIAL_PHRASES: string[] = [
  'safeguarding referral', 'safeguarding concern', 'safeguarding issue', 'safeguarding meeting', 'safeguarding investigation',
  'child protection', 'child protection plan', 'child protection conference', 'child protection case', 'cp plan', 'child in need plan',
  'social services', 'social worker', 'social workers', 'lado', 'mash referral', 'case conference', 'core group meeting',
  'looked after child', 'disciplinary', 'disciplinary hearing', 'disciplinary meeting', 'grievance meeting', 'grievance hearing',
  'suspended pending', 'under investigation', 'allegation against', 'allegation about', 'allegation made', 'whistleblowing',
  'ofsted complaint', 'police were called', 'police came in', 'domestic abuse', 'domestic violence', 'custody battle',
  'court order', 'contact order', 'non molestation order', 'no contact order', 'early help assessment', 'ehcp application',
  'childrens services', 'final written warning', 'written warning', 'verbal warning', 'gross misconduct', 'signed off with stress', 'signed off sick',
  'off with stress', 'sacked for', 'tribunal',
];

const DAYS = oneOf(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'term']);

const BUSINESS = entries('confidential/business', 'general', "the business's plans, which the policies call business-sensitive: a sale, a closure, fee rises, redundancies", [

  `(?:selling|sold|closing|close|closure of|shutting|takeover of|buying|bought) (?:the|our) (?:nursery|setting|business|baby room|toddler room|pre ?school)`,
  `(?:fees?|prices?) (?:increase|rise|going up|are going up|hike)`, `(?:fee|price) (?:increase|rise) of`,
  `(?:redundanc(?:y|ies)|restructure|cuts) (?:coming|announced|after)`,
  `(?:staff|people) (?:being|getting|are being|are getting) (?:sacked|let go|made redundant)`,
]);
const INSPECTION = entries('confidential/inspection', 'general', "an inspection's date or result, a complaint to the regulator: policy terms", [
  `(?:inspection|ofsted)(?:'s|s| is)? (?:next|on|this|due) ${ANY}{0,1}?${DAYS}`,
  `(?:failed|failing|fail) (?:the |our |an? )?${ANY}{0,2}?(?:inspection|audit)`, `complaint ${ANY}{0,6}?(?:ofsted|council|police)`,
  `(?:gone|went|reported) to ofsted`,
]);
const FAMILY_MATTERS = entries('confidential/family', 'general', "a family's private life in the words of safeguarding: prison, arrest, debt, divorce, custody, a CP plan", [
  `(?:in|on) (?:a )?(?:custody|court) (?:battle|case|hearing)`, `(?:been |just been |was |is )?(?:sent to|going to|gone to|in) prison`,
  `(?:been |got )?arrested`, `(?:in|into) arrears`, `(?:splitting|split) up`, `getting (?:a )?divorced?`, `going through (?:a )?divorce`,
  `(?:on|under) (?:a )?(?:cp|child protection|child in need) plan`,
]);
const FAMILY_SEEN = entries('confidential/family-seen', 'corpus', "a family's private life as training authors write it", [

  
  
  `(?:isn't|is not|aren't|not) allowed (?:to )?(?:collect|pick (?:her|him|them) up|see (?:her|him|them)|near (?:her|him|them))`,
  
  
  `(?:drunk|stinking of (?:booze|alcohol|drink)|under the influence|off (?:his|her) face) (?:at|for|on) (?:pick ?up|drop ?off|collection)`,
  `(?:stinking of|smelling of|reeking of) (?:booze|alcohol|drink|weed)`, `(?:owe|owes|owing|owed) ${ANY}{0,3}?(?:fees|money|invoices?)`,
  
]);
const MEDICAL = entries('confidential/medical', 'general', "a child's health and needs: conditions, allergies, diagnoses, medication", [
  `(?:severe |nut |peanut |egg |dairy |milk |sesame )?allerg(?:y|ies|ic)`, `measles`, `chicken ?pox`, `scarlet fever`, `whooping cough`,
  `hand foot and mouth`, `impetigo`, `meningitis`, `sepsis`, `epi ?pens?`, `diagnos(?:ed|is)`, `medication`, `autism`, `autistic`, `adhd`, `asthma`,
  `epilepsy`, `seizures?`, `diabetes`, `diabetic`, `speech delay`, `global delay`, `cerebral palsy`, `down'?s syndrome`, `hearing loss`,
]);
const SECRECY = entries('confidential/secret', 'general', 'the idioms of telling a secret', [
  `haven't told (?:the )?(?:parents|staff|families) yet`,
  `(?:parents|families|staff) don't know yet`,
  `(?:would|will|'d) kill me for (?:saying|telling|posting)`,
  `don't say i said`,
  `behind (?:on|with) (?:their|the|her|his) fees`,
  `(?:a lot|so much|stuff|things) going on at home`,
  `(?:he|she|dad|mum|partner|husband|wife|boyfriend|girlfriend|stepdad|stepmum) (?:hits|hit|beats|beat|abuses|abused|hurts|hurt|kicks|kicked) (?:her|him|them|the kids|the children)`,
  `big secret`, `not allowed to say`, `can't say (?:much|more|who|anything)`,
  `keep (?:it|this) (?:quiet|to yourselves?|between us|under wraps|on the down ?low)`, `don't tell (?:anyone|anybody|the parents)`,
  `do not tell (?:anyone|anybody)`, `not supposed to (?:say|tell|know|share)`, `between you and me`, `off the record`, `hush hush`,
  `not (?:been )?announced yet`, `not official yet`, `before (?:it's|it is) announced`,
]);
// Staffing ratios: how many children to how many adults, which the regulator sets and settings keep to themselves.
const NUM = oneOf(['\\d{1,3}', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'sixteen', 'eighteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty']);
const KIDS = '(?:kids|children|babies|toddlers|preschoolers|under (?:2|two|3|three)s|two year olds|of them|pupils)';
// Staff, not "adults": "a table for 4 adults and 3 kids", "2 kids and 2 adults £40" are families booking.
const ADULTS = '(?:staff|of us|practitioners?|members? of staff|playworkers?|tas|teachers?)';
const RATIOS = entries('confidential/ratios', 'general', "a setting's staffing ratio: so many children to so many adults", [
  `${NUM} ${KIDS} (?:${ANY}{0,5}?)(?:with |and |to |on |between )?(?:only |just )?(?:${NUM}|one) ${ADULTS}`,
  `${NUM} ${KIDS} , (?:only |just )?${NUM} ${ADULTS}`,
  `(?:${NUM}|one) ${ADULTS} (?:for|to|,) (?:${ANY}{0,1}?)${NUM} ${KIDS}`,
  `(?:out of|over|under|breaking|broke|broken) ratios?`, `ratios? (?:were|was|are|is) (?:out|off|wrong|broken|shocking|a joke)`,
]);
/** Confidential matters said in ordinary words: the business's plans, families' private lives. */
export const CONFIDENTIAL_RULES: { id: string; re: RegExp; needsChild?: boolean; needsWork?: boolean }[] = [
  { id: 'business', re: words(anyOf(BUSINESS)) },
  { id: 'inspection', re: words(anyOf(INSPECTION)) },
  { id: 'ratios', re: words(anyOf(RATIOS)) },
  { id: 'family', re: words(anyOf(FAMILY_MATTERS, FAMILY_SEEN)) },
  { id: 'medical', re: words(anyOf(MEDICAL)), needsChild: true },
  { id: 'secret', re: words(anyOf(SECRECY)), needsWork: true },
];

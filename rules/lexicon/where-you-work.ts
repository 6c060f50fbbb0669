/**
 * Saying where you work is personal information: it tells strangers where to find you and
 * ties your posts to the setting. Three ways a post says it:
 * - a lead-in followed by a named place ("I work at Little Acorns", "my last shift at ...");
 * - the setting named beside words about working there ("3 years at ...", "the ... team");
 * - a complete phrase inviting people to find you at work ("come and see me at the open day").
 */
import { anyOf, entries, oneOf, words } from './pattern';

const ROLES = oneOf(['nursery nurse', 'nursery practitioner', 'practitioner', 'early years practitioner', 'early years educator', 'teacher', 'room leader', 'manager', 'deputy manager', 'deputy', 'apprentice', 'ta', 'teaching assistant', 'key worker', 'childcare worker', 'nursery assistant', 'cook', 'senco', 'nursery manager', 'volunteer', 'student', 'owner', 'member of staff', 'nanny', 'level 3', 'qualified']);
const NUMBER = "(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty|fifteen)";

/** Lead-ins that must be followed (within a few words) by the name of a place. */
export const WORKPLACE_LEADS = words(anyOf(entries('where-you-work/leads', 'general', 'the lead-ins of saying where one works: "I work at", "my first day at", "three years at"', [
  `(?:love|loving|hate|hating) working (?:at|for)`,
  `(?:proud|lucky|happy|blessed) to work (?:at|for)`,
  `(?:(?:i|i've|ive|i'm|im|i have|i am|i'll be|i will be|been|we|we're|we are) (?:been |now |still |currently |proudly |happily |officially )?)?(?:work|works|working|worked|employed|volunteering|volunteer|teaching|based) (?:at|for|in|with)`,
  `(?:my |our )?(?:first|last|final|new|next|old|current) ?(?:shift|day|week|job|placement|year|role|month|interview|contract)s? (?:at|with|for)`,
  `(?:my|our) (?:shift|job|placement|role|interview|contract) (?:at|with|for)`,
  `(?:interview|placement|trial shift|trial day|induction|training) (?:at|with)`,
  `(?:(?:i'm|im|i am|i was|as) (?:a|an|the) )?${ROLES} (?:at|for|in)`,
  `(?:joined|joining|started at|starting at|start at|starting|leaving|left|quit|quitting|handed my notice in at|resigned from|back at|offered (?:a|the) job at|got (?:a|the) job at)(?: the)?(?: team at)?`,
  `${NUMBER} (?:years?|months?|weeks?|days?) (?:at|with|working at|working for)`, `(?:(?:i've|ive|i have) )?been (?:at|with)`,
  `(?:started|starting|start|begin|beginning|began) (?:my |a )?(?:new )?(?:job|role|position|placement|apprenticeship) (?:at|with)`,
  `(?:offered|got|accepted|landed) (?:a|the|my) (?:job|position|role|place) (?:at|with)`,
  `(?:come and see|come see|come and visit|come visit|find|see) me at`,
]), entries('where-you-work/leads-seen', 'corpus', 'lead-ins as training authors write them', [
  `(?:baby|toddler|pre ?school|preschool|sensory|garden) room (?:at|in)`,
  `(?:long|busy|great|fun|hard|manic|lovely|good|mad|crazy|another|quiet|tough|rough) (?:day|shift|week|morning|afternoon) at`,
  `(?:here|over|down|back) at`, 
  `part of (?:the|our)`,
])));

/** Words that, beside the setting's name in one sentence, say you work there. */
export const WORKPLACE_WORDS = words(anyOf(entries('where-you-work/words', 'general', 'the words of having a job: work, shifts, the team, the uniform, the rota, vacancies', [
  `work`, `working`, `worked`, `job`, `jobs`, `shift`, `shifts`, `staff (?:night out|party|do|room|meeting|photo|board)`, `team`, `colleagues?`,
  `uniform`, `tunic`, `polo`, `fleece`, `name badge`, `dbs`, `on the inside`, `insider`, `lanyard`, `rota`, `practitioner`, `payslip`, `contract`,
  `hiring`, `we're hiring`, `apply`, `vacanc(?:y|ies)`, `place to work`, `family`,
])));

/** Speaking of oneself: the setting named beside "I" or "my" ties the poster to it. */
export const FIRST_PERSON = words(anyOf(entries('where-you-work/first-person', 'general', 'the first person singular', ["i", "i'm", "im", "i've", "ive", "i'd", "i'll", "my"])));

/** A nursery located by its street: "the nursery on Brook Street", "the one off Hope Road". */
export const LOCATED_NURSERY = words(anyOf(entries('where-you-work/located', 'corpus', 'a nursery located by its street', [
  `(?:the|a|our|my|that|this) (?:(?:day|private|local|little|community) )?(?:nursery|pre ?school|setting|one) (?:on|off|in|by|near|next to|opposite|behind)`,
])));

/** Said by someone who works there, in the sentence before or after naming the setting. */
export const INSIDER = words(anyOf(entries('where-you-work/insider', 'general', 'speaking as one who works there: "I work there", "we\'re hiring"', [
  `i start at`,
  `pop in and see me`,
  `i work there`, `come and see me`, `find me`, `we're hiring`, `we are hiring`, `(?:we've|we have) got (?:spaces|places|a space|a place)`,
]), entries('where-you-work/insider-seen', 'corpus', 'speaking as an insider, as training authors write it', [
  `that's me`, `ask for me`, `i'm the one`, `i'll be (?:there|doing|on|running|in)`, `best job`, 
  
])));

/** Speaking as part of the workplace: "we", "our". */
export const FIRST_PERSON_PLURAL = words(anyOf(entries('where-you-work/first-person-plural', 'general', 'the first person plural', ["we", "we're", "we've", "our", "us", "ours"])));

/** Complete phrases that say where to find you at work. */
export const WORKPLACE_PHRASES = words(anyOf(entries('where-you-work/find-me', 'general', 'inviting people to find you at work', [
  `(?:come and see|come see|come and visit|visit|find|see) (?:me|us) at (?:the |our |my )?(?:nursery )?(?:open day|open evening|christmas fair|summer fair|stay and play|nursery|work)`,
])));

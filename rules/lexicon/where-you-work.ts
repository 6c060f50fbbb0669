/**
 * Saying where you work is personal information: it tells strangers where to find you and
 * ties your posts to the setting. These lead-ins count when the place named after them is
 * the setting or another named employer ("I work at Little Acorns", "my last shift at ...").
 */
import { oneOf, words } from './pattern';

const ROLES = oneOf(['nursery nurse', 'nursery practitioner', 'practitioner', 'early years practitioner', 'early years educator', 'teacher', 'room leader', 'manager', 'deputy manager', 'deputy', 'apprentice', 'ta', 'teaching assistant', 'key worker', 'childcare worker', 'nursery assistant', 'cook', 'senco', 'nursery manager', 'volunteer', 'student', 'owner', 'member of staff', 'nanny']);

/** Lead-ins that must be followed by the name of a place. */
export const WORKPLACE_LEADS = words(
  `(?:i|i've|ive|i'm|im|i have|i am|i'll be|i will be|been) (?:been |now |still |currently |proudly |happily )?(?:work|working|worked|employed|volunteering|volunteer|teaching|based) (?:at|for|in|with)|` +
  `my (?:first|last|final|new|next|old|current)? ?(?:shift|day|week|job|placement|year|role|month|interview|contract) (?:at|with|for)|` +
  `(?:i'm|im|i am|i was|as) (?:a|an|the) ${ROLES} (?:at|for|in)|` +
  `(?:joined|joining|started at|starting at|start at|leaving|left|quit|quitting|handed my notice in at|resigned from|back at) (?:the )?(?:team at )?|` +
  `(?:come and see|come see|come and visit|come visit|find|see) me at|proud to work (?:at|for)|lucky to work (?:at|for)|love working (?:at|for)`,
);

/** Complete phrases that say where to find you at work. */
export const WORKPLACE_PHRASES = words(`(?:come and see|come see|come and visit|visit|find|see) (?:me|us) at (?:the |our |my )?(?:nursery )?(?:open day|open evening|christmas fair|summer fair|stay and play|nursery|work)`);

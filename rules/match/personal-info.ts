/**
 * Personal information in the raw (folded) text: phone numbers, e-mail addresses, home
 * addresses and postcodes, dates of birth. Times, prices, years, order and tracking numbers
 * are not. Saying where one works is judged on words (see judge/where-you-work.ts).
 */
import { findEmails, findSpeltEmails } from './email';

export interface Span { start: number; end: number; id: string }

// A run of digits with the separators phone numbers are written with.
const PHONE_RUN = /(?<![\w£$€.:/])(?:\+|00)?\(?\d[\d ().-]{7,24}\d(?![\w%£$€:/]|\.\d)/g;
// The UK's postcode areas (Royal Mail's list, with the Crown dependencies and BF/BX): a code
// like "H0 0FJ" has the shape of a postcode but no such area, so it is a tracking number.
const POSTCODE_AREAS = 'AB|AL|BA|BB|BD|BF|BH|BL|BN|BR|BS|BT|BX|B|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|E|FK|FY|GL|GU|GY|G|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|L|ME|MK|ML|M|NE|NG|NN|NP|NR|NW|N|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|S|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|WF|WN|WR|WS|WV|W|YO|ZE';
const POSTCODE = new RegExp(`\\b(?:(?:${POSTCODE_AREAS})\\d[A-Z\\d]?|GIR) ?\\d[ABD-HJLNP-UW-Z]{2}\\b`, 'gi');
const STREET_TYPES = '(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Cl|Drive|Dr|Way|Crescent|Cres|Court|Ct|Gardens|Gdns|Place|Pl|Terrace|Grove|Hill|Mews|Row|Walk|Square|Park|Green|Rise|View|Parade)';
// Welsh street names put the street's kind first: 8 Heol Y Parc, 12 Ffordd Las, 3 Stryd Fawr.
const STREET = new RegExp(`\\b\\d{1,4}[A-Za-z]? (?:(?:[A-Z][a-z']+ ){1,3}${STREET_TYPES}\\b\\.?|(?:Heol|Ffordd|Stryd|L[oô]n|Maes|Cae|Clos|Rhodfa)(?: [A-Z][a-z']*){1,3})`, 'g');
const MONTHS = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** A date written with digits (the year as `year`) or with its month's name (the year as `wordYear`, which says what comes after). */
const datePattern = (year: string, wordYear: string) => `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]${year}|${DAY}(?: of)? ${MONTHS}${wordYear}|${MONTHS} ${DAY}${wordYear})`;
const DATE = datePattern('\\d{2,4}', '(?:,? \\d{2,4})?');
const DOB = new RegExp(`\\b(?:d\\.?o\\.?b\\.?|date of birth|born on|born|birthday is|birthday's|bday is|b'day is)\\s*(?:is|:|-|on|=)?\\s*(?:literally |actually |the )?(?:the )?${DATE}`, 'gi');
// A full date with its year (the day, the month and a year from 1900) near words of birthdays is
// a date of birth, whichever comes first: "happy birthday to me 🎉 24/06/1989", "Mum's birthday
// today, 7th October 1958". A day and month alone ("birthday on 3rd May") is not: it dates nobody.
const FULL_DATE = new RegExp(`\\b${datePattern('(?:19|20)\\d\\d', ',? (?:19|20)\\d\\d')}\\b`, 'gi');
const BIRTH_WORDS = /\b(?:birthday|bday|b'day|born|d\.?o\.?b|date of birth|happy \d{1,3}(?:st|nd|rd|th)|\d{1,3} today|turned \d{1,3}|turning \d{1,3})\b|🎂/i;
const BIRTH_REACH = 80;
// A number spelt out to dodge filters: "zero seven seven zero zero, nine zero zero ...".
const DIGIT_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double (?:zero|oh|one|two|three|four|five|six|seven|eight|nine))';
const SPELT_PHONE = new RegExp(`\\b${DIGIT_WORD}(?:[\\s,.-]+${DIGIT_WORD}){9,}\\b`, 'gi');
// Words before a number that make it something other than a phone number.
// "tracking says 0091 2284 5573", "order number is 0770...": a verb between is allowed after a
// word that names the thing, not after a bare "number" ("my number is 07700 ...").
const NUMBERED_THINGS = 'order|ref|reference|tracking|invoice|account|booking|confirmation|case|ticket|parcel|membership|policy|flight|receipt';
// A bare "number" is the phone's own when a person or a phone owns it: "my other number 07812 ...", "mobile no. 07700 ...".
const OWNED_NUMBER = '(?<!(?:my|your|his|her|their|our|other|mobile|phone|contact|home|new|old|landline|personal) )';
const NOT_A_PHONE = new RegExp(`(?:(?:${NUMBERED_THINGS}|acc|serial|${OWNED_NUMBER}no|${OWNED_NUMBER}number|#|id|isbn|code)[\\s:.#-]*|(?:${NUMBERED_THINGS})(?:\\s+(?:number|no|ref))?\\s+(?:is|was|says|said|shows|showed|reads)[\\s:.#-]*)$`, 'i');
// UK freephone, national-rate and premium numbers (0800, 0808, 03, 084, 087, 09, 0500) belong to
// organisations and services, never to a person.
const SERVICE_NUMBER = /^\(?0(?:80|3|84|87|9|500)/;
// Social networks and web hosts nobody has an e-mail address at: "more pics at facebook.com/OurPage" is a link.
const WEB_ONLY_HOSTS = /^(?:www\.)?(?:facebook|fb|instagram|x|twitter|tiktok|youtube|youtu|linkedin|threads|pinterest|snapchat|linktr)\.(?:com|be|ee|net)$/i;

// A shop, a tradesman or a venue being recommended: its number and address are public.
const BUSINESS = /\b(?:ring them|call them|text them|ask for|recommend(?:ation|ed)?|shout ?out to|their (?:number|shop|address)|pharmacy|garage|plumber|electrician|groomer|salon|barber|restaurant|caf[eé]|takeaway|taxis?|shop|store|ltd|limited|venue|pub|open \d|opening hours|tyres?|builders?|dentist|surgery|vets?|bakery|florist)\b/i;
const PERSONAL_CUE = /\b(?:my|me|i'm|i am|we live|our (?:house|home|flat|address))\b/i;

function isPublic(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 120), Math.min(text.length, end + 60));
  const before = text.slice(Math.max(0, start - 25), start);
  return BUSINESS.test(around) && !PERSONAL_CUE.test(before);
}

// Phone numbers, street numbers, postcodes and dates of birth all hold a digit: a text without one is not searched for them.
const DIGIT = /\d/;

export function findPersonalInfo(text: string): Span[] {
  const spans: Span[] = [];
  for (const s of findEmails(text)) spans.push({ ...s, id: 'email' });
  for (const s of findSpeltEmails(text)) if (!isWebAddress(text, s)) spans.push({ ...s, id: 'email' });
  const digits = DIGIT.test(text);
  for (const m of digits ? text.matchAll(PHONE_RUN) : []) {
    if (isPhone(m[0]) && !SERVICE_NUMBER.test(m[0].trim()) && !NOT_A_PHONE.test(text.slice(Math.max(0, m.index - 24), m.index)) && !isPublic(text, m.index, m.index + m[0].length)) {
      spans.push({ start: m.index, end: m.index + m[0].length, id: 'phone' });
    }
  }
  for (const m of digits ? text.matchAll(STREET) : []) {
    if (!isPublic(text, m.index, m.index + m[0].length)) spans.push({ start: m.index, end: m.index + m[0].length, id: 'address' });
  }
  for (const m of digits ? text.matchAll(POSTCODE) : []) {
    if (/\d/.test(m[0]) && /[A-Z]{2}$/.test(m[0].toUpperCase()) && m[0] === m[0].toUpperCase()) spans.push({ start: m.index, end: m.index + m[0].length, id: 'address' });
  }
  for (const m of text.matchAll(SPELT_PHONE)) spans.push({ start: m.index, end: m.index + m[0].length, id: 'phone' });
  for (const m of digits ? text.matchAll(DOB) : []) spans.push({ start: m.index, end: m.index + m[0].length, id: 'date-of-birth' });
  for (const m of digits ? text.matchAll(FULL_DATE) : []) {
    const end = m.index + m[0].length;
    if (spans.some((s) => s.id === 'date-of-birth' && s.start < end && m.index < s.end)) continue;
    if (BIRTH_WORDS.test(text.slice(Math.max(0, m.index - BIRTH_REACH), Math.min(text.length, end + BIRTH_REACH)))) spans.push({ start: m.index, end, id: 'date-of-birth' });
  }
  return spans;
}

/**
 * A spelt-out "name at host.tld" that is really a web address: the host goes on with a path
 * ("at facebook.com/OurPage"), or is a site nobody has a mailbox at.
 */
function isWebAddress(text: string, s: { start: number; end: number }): boolean {
  if (text.charCodeAt(s.end) === 0x2f /* / */) return true;
  const host = /(?:^|\s)at\s+(\S+)$/i.exec(text.slice(s.start, s.end))?.[1];
  return !!host && WEB_ONLY_HOSTS.test(host);
}

/** UK numbers (0 + 10 digits, or +44 / 0044 + 10 digits) and other international numbers. */
function isPhone(run: string): boolean {
  const digits = run.replace(/\D/g, '');
  const trimmed = run.trim();
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(trimmed)) return false; // a date
  if (/^\d{4}\s*[-–]\s*\d{4}$/.test(trimmed)) return false; // a range of years
  if (/^(?:\+|00)44/.test(trimmed)) return digits.replace(/^(?:00)?44/, '').replace(/^0/, '').length === 10;
  if (/^(?:\+|00)/.test(trimmed)) return digits.length >= 9 && digits.length <= 15;
  if (/^\(?0/.test(trimmed)) return digits.length === 11 || (digits.length === 10 && /^01/.test(digits));
  return false;
}

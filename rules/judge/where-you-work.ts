/** Saying where you work (see lexicon/where-you-work.ts for the three ways a post says it). */
import { FIRST_PERSON, FIRST_PERSON_PLURAL, INSIDER, LOCATED_NURSERY, WORKPLACE_LEADS, WORKPLACE_PHRASES, WORKPLACE_WORDS } from '../lexicon/where-you-work';
import type { Link } from '../match/links';
import { words } from '../lexicon/pattern';
import type { Run } from '../run';

const LOOK_AHEAD = 4;
const STAFF_TAG_WORDS = new Set(['life', 'team', 'family', 'fam', 'staff', 'crew', 'gang', 'girls', 'proud', 'days', 'squad']);
const WORKED_THERE = words("(?:work|works|worked|working|been|started|left) there|(?:my|our) (?:colleagues|manager|boss) there");
// "back to work in March" names a month, not a workplace.
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'september', 'spring', 'summer', 'autumn', 'winter', 'jan', 'feb', 'sept', 'oct', 'nov', 'dec']);

export function judgeWhereYouWork(run: Run, settingLinks: Link[]): void {
  const before = run.out.length;
  findWorkplace(run, settingLinks);
  // Saying where you work is, quietly, also talking about work.
  for (const f of run.out.slice(before)) run.add('work-talk', 'work-talk/workplace', 'low', f.start, f.end);
}

function findWorkplace(run: Run, settingLinks: Link[]): void {
  const { tokens, c } = run;
  const severity = c.severity['personal-info'];
  const family = run.familyTokens;
  // "my sister, who's just been made manager at ...": someone else's workplace.
  const someoneElse = (lead: number) => [...family].some((k) => k < lead && tokens[k]!.sentence === tokens[lead]!.sentence);
  for (const [a, b] of run.matches(WORKPLACE_LEADS)) {
    if (someoneElse(a)) continue;
    const place = placeAfter(run, b);
    if (place) run.addTokens('personal-info', 'personal-info/workplace', severity, a, place);
  }
  for (const [a, b] of run.matches(WORKPLACE_PHRASES)) run.addTokens('personal-info', 'personal-info/workplace', severity, a, b);

  // The setting named in a sentence about working ("3 years at ...", "the ... team") or about
  // oneself ("my lot at ...", "I left ... in March"): either ties the poster to it.
  const sentencesOf = (re: RegExp) => new Set([...run.matches(re)].map(([k]) => tokens[k]!.sentence));
  const workSentences = sentencesOf(WORKPLACE_WORDS);
  // "my niece is at a nursery in Harrogate" is about family, not the poster's work: the "my"
  // of "my niece" does not count as speaking of oneself.
  const selfSentences = new Set([...run.matches(FIRST_PERSON)].filter(([k]) => !family.has(k)).map(([k]) => tokens[k]!.sentence));
  const insiderSentences = sentencesOf(INSIDER);
  const nearInsider = (s: number) => insiderSentences.has(s - 1) || insiderSentences.has(s) || insiderSentences.has(s + 1);
  for (const [first, last] of run.settingAt) {
    const s = tokens[first]!.sentence;
    const quietMention = run.out.some((f) => f.category === 'setting-name' && f.severity === 'low' && f.start === tokens[first]!.start);
    // #LittleAcornsLife, #TeamLittleAcorns: a hashtag staff use about their workplace.
    const staffTag = tokens[first]!.tag === '#' && [tokens[first - 1], tokens[last + 1]].some((t) => t?.glued && t.tag === '#' && STAFF_TAG_WORDS.has(t.text));
    if (staffTag || (!quietMention && (workSentences.has(s) || selfSentences.has(s) || nearInsider(s)))) {
      run.addTokens('personal-info', 'personal-info/workplace', severity, first, last);
    }
  }
  // "Worked there 2 years": "there" is the setting named elsewhere in the post.
  if ([...run.matches(WORKED_THERE)].length) {
    for (const [first, last] of run.settingAt) run.addTokens('personal-info', 'personal-info/workplace', severity, first, last);
  }
  // "I'm at the nursery on Chestnut Lane": a workplace found by its street.
  for (const [a, b] of run.matches(LOCATED_NURSERY)) {
    const place = placeAfter(run, b);
    const s = tokens[a]!.sentence;
    if (place !== null && (selfSentences.has(s) || nearInsider(s))) run.addTokens('personal-info', 'personal-info/workplace', severity, a, place);
  }
  // A link to the setting from someone speaking as part of it: "we're hiring", "our newsletter".
  const weSentences = new Set([...run.matches(FIRST_PERSON_PLURAL)].map(([k]) => tokens[k]!.sentence));
  for (const link of settingLinks) {
    const s = tokens[run.tokenBefore(link.start)]?.sentence ?? 0;
    if (weSentences.has(s - 1) || weSentences.has(s) || weSentences.has(s + 1)) run.addFolded('personal-info', 'personal-info/workplace', severity, link.start, link.end);
  }
}

/** The last token of the place named within a few words after a lead-in, if any. */
function placeAfter(run: Run, lead: number): number | null {
  const { tokens } = run;
  const sentence = tokens[lead]!.sentence;
  for (let k = lead + 1; k <= lead + LOOK_AHEAD && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || run.skip[k] || run.people.has(k)) return null;
    const setting = run.settingAt.get(k);
    if (setting !== undefined) return setting;
    if (t.cap && !t.num && !t.sentStart && !CALENDAR.has(t.text)) {
      let last = k;
      while (tokens[last + 1]?.cap && tokens[last + 1]!.sentence === sentence && !run.people.has(last + 1)) last++;
      return last;
    }
  }
  return null;
}

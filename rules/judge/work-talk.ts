/**
 * Work talk: the poster writes as staff about the workplace, the children or their families.
 * A bare remark about "work" is low, unless the same post also names people, confidential
 * matters or grievances from work, which makes the whole post about work.
 */
import { words } from '../lexicon/pattern';
import { ANY_JOB_RE, AT_WORK_RE, CARED_CHILD_RE, FAMILY_WORDS, JOB_WORDS_RE, OTHERS_JOB_RE, WORK_TALK_RULES } from '../lexicon/work-talk';
import type { Run } from '../run';

const SELF_RE = words("i|i'm|im|i've|me|my");
const FAMILY_RE = new RegExp(`^${FAMILY_WORDS}$`);

export function judgeWorkTalk(run: Run): void {
  const { c, tokens } = run;
  const ownFamily = new Set<number>();
  for (const k of run.familyTokens) ownFamily.add(tokens[k]!.sentence);
  const workish = run.has('child-name') || run.has('staff-name') || run.has('confidential') || run.has('derogatory', 'medium');
  // Someone else's job ("my cousin's a head teacher"): its inspections and managers are theirs.
  const othersJob = !workish && !run.matches(OTHERS_JOB_RE).next().done;
  // "The job" in a post about a job outside childcare and schools (customers, a warehouse): that job.
  const jobElsewhere = !workish && run.cues.some(([cls]) => cls === 'other-work');
  // With no word for the children or their families about, a job's manager and rota are that job's too.
  const noSettingWords = jobElsewhere && !run.cues.some(([cls]) => cls === 'children' || cls === 'families');
  const jobWords = jobElsewhere ? [...run.matches(JOB_WORDS_RE), ...(noSettingWords ? run.matches(ANY_JOB_RE) : [])] : [];
  const aboutThatJob = (a: number, b: number) => jobWords.some(([x, y]) => x <= a && y >= b);
  for (const rule of WORK_TALK_RULES) {
    for (const [a, b] of run.matches(rule.re)) {
      // "dropped my son at nursery" is a parent's day, not a member of staff's.
      if (rule.ownFamilyExcludes && ownFamily.has(tokens[a]!.sentence)) continue;
      const severity = (rule.bare && !workish) || (othersJob && (rule.ownFamilyExcludes || rule.id === 'staff')) || aboutThatJob(a, b) ? 'low' : c.severity['work-talk'];
      run.addTokens('work-talk', `work-talk/${rule.id}`, severity, a, b);
    }
  }
  // "At work" beside a child who is not one's own (the family words of the sentence are all
  // inside "one of my babies"): the work is with children, so it is work talk, not a quiet note.
  const cared = new Map<number, Set<number>>();
  for (const [a, b] of run.matches(CARED_CHILD_RE)) {
    const inside = cared.get(tokens[a]!.sentence) ?? new Set<number>();
    for (let k = a; k <= b; k++) inside.add(k);
    cared.set(tokens[a]!.sentence, inside);
  }
  if (cared.size > 0) {
    for (const [a, b] of run.matches(AT_WORK_RE)) {
      const sentence = tokens[a]!.sentence;
      const inside = cared.get(sentence);
      if (!inside) continue;
      if ([...run.familyTokens].some((k) => tokens[k]!.sentence === sentence && !inside.has(k))) continue;
      run.addTokens('work-talk', 'work-talk/children', c.severity['work-talk'], a, b);
    }
  }
  // Confidential matters and digs at the setting's people are always about work.
  for (const f of [...run.out]) {
    if ((f.category === 'confidential' || f.category === 'derogatory') && f.severity !== 'low') {
      run.add('work-talk', 'work-talk/about-work', c.severity['work-talk'], f.start, f.end);
    }
  }
  // A child on the list in a sentence about oneself: likely a child in one's care, but the
  // post does not say it is work, so it is only a quiet note.
  const self = new Set([...run.matches(SELF_RE)].map(([k]) => tokens[k]!.sentence));
  for (const f of run.out.filter((x) => x.category === 'child-name')) {
    const k = run.tokens.findIndex((t) => t.start === f.start);
    if (k >= 0 && self.has(tokens[k]!.sentence)) run.add('work-talk', 'work-talk/children', 'low', f.start, f.end);
  }
  // "Ruby's mum" where Ruby is a child on the list: the family of a child in one's care.
  for (const k of run.people) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (t.poss && next && next.sentence === t.sentence && FAMILY_RE.test(next.text) && run.out.some((f) => f.category === 'child-name' && f.end === t.end)) {
      run.addTokens('work-talk', 'work-talk/families', c.severity['work-talk'], k, k + 1);
    }
  }
}

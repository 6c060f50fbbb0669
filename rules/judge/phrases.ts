/**
 * Judges what the phrase index found: allowed phrases, pack terms, the setting's names and
 * handles, and the children and staff on the pack.
 */
import { TITLES } from '../lexicon/names';
import type { Run } from '../run';
import { writtenAsName } from './cues';
import { followedByOtherSurname, namesAPlace, precededByOtherFirstName, relativeOrPetBefore, usedAsName } from './names';
import { isNameHere, nameSenseFeatures } from './name-sense';

export function judgePhrases(run: Run): void {
  const { c, tokens } = run;
  for (const m of c.index.find(tokens, (i) => run.skip[i]!)) {
    const p = m.payload;
    const start = tokens[m.first]!.start;
    const end = tokens[m.last]!.end;
    if (p.kind === 'allow') run.allow.push([start, end]);
    else if (p.kind === 'term') run.add(p.term.category, p.term.id, p.term.severity, start, end, p.term.message);
    else if (p.kind === 'setting') {
      // An everyday-word name in plain lower case with no cue is still shown, quietly.
      const severity = p.everyday && !writtenAsName(tokens, m.first, m.last) ? 'low' : c.severity['setting-name'];
      run.addTokens('setting-name', 'setting-name', severity, m.first, m.last);
      run.settingAt.set(m.first, Math.max(m.last, run.settingAt.get(m.first) ?? 0));
      for (let k = m.first; k <= m.last; k++) run.named.add(k);
    } else {
      const category = p.role === 'child' ? 'child-name' : 'staff-name';
      const before = tokens[m.first - 1];
      const titled = !!before && before.sentence === tokens[m.first]!.sentence && TITLES.has(before.text) && before.cap;
      if (p.part === 'surname') {
        // "Mrs Whitfield" is the member of staff; "Mr Brooks" is a child's family or a stranger.
        if (titled && p.role === 'child') run.named.add(m.first);
        if (!titled || p.role === 'child') continue;
      } else if (p.part === 'first') {
        if (namesAPlace(tokens, m.first, m.last) || followedByOtherSurname(tokens, m.last, p.own) || precededByOtherFirstName(tokens, m.first, p.own, p.wordName)) continue;
        // "my niece Lily", "our dog Max": someone of the poster's own.
        if (relativeOrPetBefore(tokens, m.first)) continue;
        if (p.wordName) {
          // Rose the child or the rose in the garden: the name model weighs what is around it.
          const readsAsName = usedAsName(tokens, m.first, run.text);
          const features = nameSenseFeatures(run, m.first, p.role, readsAsName, p.initials);
          const kept = isNameHere(features, readsAsName);
          run.nameCandidates.push({ role: p.role, features, readsAsName, kept });
          if (!kept) continue;
        }
      }
      run.add(category, category, c.severity[category], titled && p.role === 'staff' ? before.start : start, end);
      for (let k = m.first; k <= m.last; k++) {
        run.named.add(k);
        run.people.add(k);
        if (p.role === 'child') run.children.add(k);
      }
    }
  }
}

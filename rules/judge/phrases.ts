/**
 * Judges what the phrase index found: allowed phrases, pack terms, the setting's names and
 * handles, and the children and staff on the pack.
 */
import { TITLES } from '../lexicon/names';
import type { Run } from '../run';
import { writtenAsName } from './cues';
import { dictionaryTag, isEverydayWord } from './language';
import { type Payload, phraseTokens } from '../compile';
import { stem } from '../match/keys';
import type { PhraseMatch } from '../match/phrase-index';
import type { Token } from '../normalise/tokenise';
import type { Term } from '../types';
import { adultOccasionNear, afterAnArticle, inANameIdiom, namesAFirm, followedByOtherSurname, nameAsAWord, fromElsewhere, modifiesAWorkAbout, namesAPlace, titledWithMe, namesATime, opensAsAVerb, ownInitialAfter, petEmojiAfter, pluralOfWordName, precededByOtherFirstName, relativeOrPetBefore, titledAsSomeoneElse, usedAsName } from './names';
import { isNameHere, nameSenseFeatures } from './name-sense';
import { ownFamilyName } from './own-family';
import { aPetPost } from './pet-post';
import { WORK_CLASSES, workCuesIn } from './work-cues';

/**
 * Another person who shares a pack first name: Harry Styles, Prince Harry, bob marley, the
 * Elvis documentary, my niece Ivy, Otis our new puppy, our Jack in a post about the poster's family,
 * Leon from over the road.
 */
function someoneElse(tokens: Token[], text: string, stream: string, m: PhraseMatch<Payload>, own: Set<string>, wordName: boolean): boolean {
  return ownFamilyName(tokens, stream, m.first) || followedByOtherSurname(tokens, text, m.last, own, wordName) || precededByOtherFirstName(tokens, text, m.first, own, wordName)
    || titledAsSomeoneElse(tokens, m.first) || modifiesAWorkAbout(tokens, m.last) || relativeOrPetBefore(tokens, m.first)
    || petEmojiAfter(tokens, text, m.last) || fromElsewhere(tokens, m.last) || nameAsAWord(tokens, text, m.first);
}

function turnsAWordIntoAName(tokens: Token[], m: PhraseMatch<Payload>, own: Set<string>): boolean {
  for (let k = m.first; k <= m.last; k++) {
    const t = tokens[k]!;
    if (!t.cap && !own.has(t.key) && isEverydayWord(t.text)) return true;
  }
  return false;
}

/** The matching key of a pack name's first word: "Robin" of "Robin Shaw". */
function firstKey(name: string): string {
  return (name.trim().split(/\s+/)[0] ?? '').toLowerCase().replace(/'/g, '');
}

/**
 * Matching keys read 'l' as 'i' because a '1' or '|' may stand for either (L1ly, M1a); a word
 * written in plain letters must spell the name itself: "all" is not Ali, "MLA" is not Mia.
 */
function spelledAsTheName(run: Run, m: PhraseMatch<Payload>, own: ReadonlySet<string>): boolean {
  for (let k = m.first; k <= m.last; k++) {
    const t = run.tokens[k]!;
    if (!inPlainLetters(run, t)) continue;
    if (!own.has(t.key) && !own.has(stem(t.key))) return false;
  }
  return true;
}

/** Written as it reads: not spaced out (m i a), and no stand-in letter (M1a) the fold replaced. */
function inPlainLetters(run: Run, t: Token): boolean {
  return !t.merged && run.f.lower.slice(t.fStart, t.fEnd) === t.text;
}

/** The matching keys of a term's words, and their stems, made once per term. */
const TERM_WORDS = new WeakMap<Term, { keys: Set<string>; stems: Set<string> }>();
function termWords(term: Term): { keys: Set<string>; stems: Set<string> } {
  let words = TERM_WORDS.get(term);
  if (!words) {
    const keys = new Set(term.phrases.flatMap((p) => phraseTokens(p).map((t) => t.key)));
    TERM_WORDS.set(term, (words = { keys, stems: new Set([...keys].map(stem)) }));
  }
  return words;
}

// Kinds of word that are never a noun's singular: "late" is not one of the "lates" a school records.
const NOT_A_NOUN = new Set(['Adjective', 'Comparative', 'Superlative', 'Adverb', 'Preposition', 'Pronoun', 'Determiner', 'Conjunction']);

/**
 * A term is found through look-alike letters ('l' read as 'i'), one-letter typos and plurals, as the
 * names are; but a word written in plain letters that is itself another word the dictionary knows is
 * that word: "sit down" is not SLT, "our Grace" is not "our grades", "a little bit" is not "little git",
 * and "late" is not a plural "lates". A stand-in letter (S1T) or an unknown spelling (safegaurding) still counts.
 */
function spelledAsTheTerm(run: Run, m: PhraseMatch<Payload>, term: Term): boolean {
  const { keys, stems } = termWords(term);
  for (let k = m.first; k <= m.last; k++) {
    const t = run.tokens[k]!;
    if (t.tag || t.num || !/^[a-z']+$/.test(t.text) || !inPlainLetters(run, t) || keys.has(t.key)) continue;
    // The dictionary is asked only here, for a word that is not the term's as written.
    const key = stem(t.key);
    if (stems.has(key)) {
      // The post's word is the plural of the term's (allowed), or the bare singular of a plural the term wrote.
      if (key === t.key && NOT_A_NOUN.has(dictionaryTag(t.text) ?? '')) return false;
      continue;
    }
    if (dictionaryTag(t.text) !== undefined) return false;
  }
  return true;
}

// A colleague's full name in a sentence about telly, films, music or sport, in a post with no word of work, is the
// famous person who has it (Emma Watson in Little Women, Chris Evans on the radio, Andy Murray at
// Wimbledon): settings' staff and children share names with the famous more often than one would think.
const FAME_CLASSES: ReadonlySet<string> = new Set(['media', 'sport']);
function namesSomeoneFamous(run: Run, m: PhraseMatch<Payload>): boolean {
  const sentence = run.tokens[m.first]!.sentence;
  return run.cues.some(([k, s]) => s === sentence && FAME_CLASSES.has(k)) && !workCuesIn(run, WORK_CLASSES);
}

// A setting called after a saint is written with the saint's possessive (St Bernadette's, St Marys);
// the saint alone, with no s, is the person: the feast of St Bernadette, St Joseph pray for us.
const SAINTS_SCHOOL = /^(?:st\.?|saint)\s+[\p{L}-]+(?:['’]s|s)$/iu;
function namesTheSaint(tokens: Token[], m: PhraseMatch<Payload>, name: string): boolean {
  const saint = tokens[m.last]!;
  return m.last === m.first + 1 && SAINTS_SCHOOL.test(name.trim()) && !saint.poss && !saint.text.endsWith('s');
}

export function judgePhrases(run: Run): void {
  const { c, tokens } = run;
  const matches = [...c.index.find(tokens, (i) => run.skip[i]!)];
  // One person per name in a post: once "my niece Ivy" is someone else, so is "Ivy's birthday".
  const elsewhere = new Set<string>();
  const famous = new Set<string>();
  for (const m of matches) {
    const p = m.payload;
    if (p.kind === 'person' && p.part === 'first' && someoneElse(tokens, run.text, run.stream.text, m, p.own, p.wordName)) elsewhere.add(tokens[m.first]!.key);
    // Staff retire and go for drinks: only a child's name is a grown-up's when an adult occasion is near it.
    if (p.kind === 'person' && p.part === 'first' && p.role === 'child' && adultOccasionNear(tokens, m.first)) elsewhere.add(tokens[m.first]!.key);
    // Otis the cockapoo, Freya home from the vet: a name in a post about a pet, with no word of the setting.
    if (p.kind === 'person' && p.part === 'first' && m.first === m.last && aPetPost(run, m.first)) elsewhere.add(tokens[m.first]!.key);
    // Children play football and star in nativities: only a member of staff's full name is read this way.
    if (p.kind === 'person' && p.part === 'full' && p.role === 'staff' && namesSomeoneFamous(run, m)) {
      famous.add(tokens[m.first]!.key);
      elsewhere.add(tokens[m.first]!.key);
    }
  }
  for (const m of matches) {
    const p = m.payload;
    const start = tokens[m.first]!.start;
    const end = tokens[m.last]!.end;
    if (p.kind === 'allow') run.allow.push([start, end]);
    else if (p.kind === 'term') {
      if (spelledAsTheTerm(run, m, p.term)) run.add(p.term.category, p.term.id, p.term.severity, start, end, p.term.message);
    }
    else if (p.kind === 'setting') {
      // "Saint Bernadette, pray for us" is the saint a St Bernadette's is named after: noted, quietly, and no lead-in to work.
      if (namesTheSaint(tokens, m, p.text)) { run.addTokens('setting-name', 'setting-name', 'low', m.first, m.last); continue; }
      // An everyday-word name in plain lower case with no cue is still shown, quietly.
      const severity = p.everyday && !writtenAsName(tokens, m.first, m.last) ? 'low' : c.severity['setting-name'];
      run.addTokens('setting-name', 'setting-name', severity, m.first, m.last);
      run.settingAt.set(m.first, Math.max(m.last, run.settingAt.get(m.first) ?? 0));
      for (let k = m.first; k <= m.last; k++) run.named.add(k);
    } else {
      const category = p.role === 'child' ? 'child-name' : 'staff-name';
      const before = tokens[m.first - 1];
      const titled = !!before && before.sentence === tokens[m.first]!.sentence && TITLES.has(before.text) && before.cap;
      // "Oliver's book" is not a typo of Oliver Brooks: a near miss that is a real word is that word.
      if (m.fuzzy && turnsAWordIntoAName(tokens, m, p.own)) continue;
      if (!m.fuzzy && !spelledAsTheName(run, m, p.own)) continue;
      if (p.part === 'surname') {
        // "Mrs Whitfield" is the member of staff; "Mr Brooks" is a child's family or a stranger.
        if (titled && p.role === 'child') run.named.add(m.first);
        if (!titled || p.role === 'child') continue;
        // "Mr Marsh from the garage" shares a colleague's surname and is someone else.
        if (fromElsewhere(tokens, m.last)) continue;
      } else if (p.part === 'full' && famous.has(tokens[m.first]!.key)) {
        continue;
      } else if (p.part === 'first') {
        if (namesAPlace(tokens, m.first, m.last) || elsewhere.has(tokens[m.first]!.key)) continue;
        if (p.wordName && m.first === m.last && pluralOfWordName(tokens, run.text, m.first, firstKey(p.name))) continue;
        if (p.wordName && m.first === m.last && (namesATime(tokens, m.first) || opensAsAVerb(tokens, run.text, m.first))) continue;
        if (m.first === m.last && (afterAnArticle(tokens, m.first) || titledWithMe(tokens, run.text, m.first) || inANameIdiom(tokens, m.first) || namesAFirm(tokens, m.first))) continue;
        // "Ruby C": the child's own initial settles it, whatever the word means elsewhere.
        if (p.wordName && !ownInitialAfter(tokens, m.last, p.initials)) {
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

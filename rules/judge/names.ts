/**
 * Decides whether a matched first name is used as a person's name here. Names that are not
 * English words (Oliver, Priya) always count, in any case ("little oliver"). Names that are
 * words (Grace, Will, Summer) count only as names: capitalised away from a sentence's start,
 * or with a cue (a possessive, "little", a title, a verb of speech), not in "I hope", "by the
 * grace of", "the summer holidays" or "Hope Road".
 */
import type { Token } from '../normalise/tokenise';
import { neighbour } from '../normalise/neighbours';
import { NAME_IDIOMS, ADULT_OCCASIONS, CLAUSE_AFTER_VERB, SOMEONE_ELSES, FROM_ELSEWHERE, TRADES, GEOGRAPHY_WORDS, NAME_BEFORE, PLACE_GIVEN_NAMES, PART_OF_TIME, TIME_BEFORE, TIME_WORD_NAMES, VERB_WORD_NAMES, OTHER_PERSON_TITLES, PET_NOUNS, PLACE_BEFORE, PLACE_OF, TRAVEL_WORDS, PLACE_NOUNS, SHOP_NOUNS, SPEECH_VERBS, TITLES, WORD_NAMES, WORK_ABOUT_NOUNS } from '../lexicon/names';
import { dictionaryTag, isAdjective, isAdverb, isEverydayWord, nextWordIsNoun, opensWithName } from './language';

const STRONG_BEFORE = new Set(['little', 'baby', 'lil', 'wee', 'dear', 'cheeky', 'poor', 'brave', 'clever', 'gorgeous', 'tiny']);
// "a little poppy", "the wee daisy": an adjective inside a noun phrase, not a pet name.
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'some', 'one', 'another', 'every', 'each', 'no']);
// The poster's own: "my niece Lily", "brother-in-law Harvey", "our dog Max".
const RELATIVES_AND_PETS = new Set(['niece', 'nephew', 'son', 'daughter', 'grandson', 'granddaughter', 'brother', 'sister', 'cousin', 'husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'godson', 'goddaughter', 'stepson', 'stepdaughter', 'grandad', 'grandma', 'nan', 'law', 'uncle', 'auntie', 'aunty', 'aunt', 'bestie', 'mate', 'dog', 'cat', 'puppy', 'kitten', 'pup', 'hen', 'horse', 'pony', 'rabbit', 'hamster',
  'nieces', 'nephews', 'sons', 'daughters', 'cousins', 'grandsons', 'granddaughters', 'grandchildren', 'grandkids', 'twins', 'dogs', 'cats']);
// Words capitalised for their own sake after a name: "Oliver Monday" is still Oliver.
const CAPITALISED_ANYWAY = new Set(['i', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mum', 'dad', 'nan', 'mummy', 'daddy', 'miss', 'mrs', 'mr', 'ms']);
const IS_FOLLOWERS = new Set(['here', 'finally', 'nearly', 'almost', 'coming', 'over', 'gone', 'back', 'been', 'not', 'so', 'really', 'just', 'officially', 'definitely', 'arrived', 'upon', 'on', 'off', 'out', 'in', 'the', 'a', 'an', 'my', 'our', 'getting', 'going', 'still', 'always', 'never', 'well', 'here', 'nearly', 'flying', 'too', 'very', 'ending', 'begun']);
const STRONG_AFTER = new Set(['said', 'says', 'asked', 'told', 'shouted', 'laughed', 'cried', 'giggled', 'whispered', 'replied', 'sang', 'screamed']);

export function isWordName(firstName: string): boolean {
  return WORD_NAMES.has(firstName);
}

/** A place, a building, an event or a saint: Hope Road, St Grace's, Summer Fair, Noah's Ark. */
export function namesAPlace(tokens: Token[], first: number, last: number): boolean {
  const before = neighbour(tokens, first, -1);
  const after = neighbour(tokens, last, 1);
  if (before && PLACE_BEFORE.has(before.text) && before.text !== 'the') return true;
  // "Isle of Skye", "the city of Sienna"; "ferry to Skye", "flying to Brooklyn": a place.
  const twoBefore = before && neighbour(tokens, first - 1, -1);
  if (twoBefore && before.text === 'of' && PLACE_OF.has(twoBefore.text)) return true;
  if (before?.text === 'to' && !tokens[last]!.poss && travelBefore(tokens, first - 1)) return true;
  if (after && PLACE_NOUNS.has(after.text) && (after.cap || !tokens[last]!.cap || after.text === 'holidays' || after.text === 'term')) return true;
  if (after && tokens[last]!.poss && SHOP_NOUNS.has(after.text)) return true;
  // "Max the labrador", "our Ruby the cat": a pet.
  const twoAfter = tokens[last + 2];
  if (after?.text === 'the' && twoAfter && twoAfter.sentence === after.sentence && PET_NOUNS.has(twoAfter.text)) return true;
  if (first === last && placeInATravelPost(tokens, first)) return true;
  return !!after && after.text === 'of' && !tokens[last]!.poss && isWordName(tokens[last]!.text);
}

// Verbs after a name that make it a person, not a place: "Skye loved the beach", "Harris said".
const PERSON_VERBS = new Set([...SPEECH_VERBS].filter((v) => v !== 'is' && v !== 'was' && v !== 'has'));

/**
 * "a week on Skye", "Harris is the most gorgeous island", "Lewis and Harris in one week": a name
 * that is also a place, in a post about travel or geography, is the place. Not where the words
 * at it make it a person: "little Skye", "Mrs Lewis", "Harris said", "Skye's mum", "Arran M".
 */
export function placeInATravelPost(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.tag || t.poss || !PLACE_GIVEN_NAMES.has(t.text)) return false;
  const before = neighbour(tokens, i, -1);
  const after = neighbour(tokens, i, 1);
  if (before && (STRONG_BEFORE.has(before.text) || TITLES.has(before.text) || PERSON_BEFORE.has(before.text))) return false;
  if (after && (PERSON_VERBS.has(after.text) || (after.text.length === 1 && after.cap && after.text !== 'i' && after.text !== 'a'))) return false;
  // "a week on Skye", "a weekend in Florence", "back from Arran": a stay or a journey to the place.
  const twoBefore = before && neighbour(tokens, i - 1, -1);
  if (before && twoBefore && STAY_PREPOSITIONS.has(before.text) && (STAY_WORDS.has(twoBefore.text) || TRAVEL_WORDS.has(twoBefore.text))) return true;
  // "Faith and India were inseparable": beside another child's name, a person.
  if (pairedWithAPerson(tokens, i, -1) || pairedWithAPerson(tokens, i, 1)) return false;
  return tokens.some((w) => GEOGRAPHY_WORDS.has(w.text) || (w.tag === '#' && GEOGRAPHY_IN_HASHTAGS.some((g) => w.key.includes(g))));
}

// The geography words long enough to be read inside a run-together hashtag (#isleofarran), listed once.
const GEOGRAPHY_IN_HASHTAGS = [...GEOGRAPHY_WORDS].filter((g) => g.length >= 4);

/** "Faith and India", "India & Faith": an "and" between this name and a first name that is no place. */
function pairedWithAPerson(tokens: Token[], i: number, step: 1 | -1): boolean {
  const and = neighbour(tokens, i, step);
  const other = and && neighbour(tokens, i + step, step);
  return !!other && (and.text === 'and' || and.text === '&') && other.cap && !PLACE_GIVEN_NAMES.has(other.text) && (isFirstNameWord(other.text) || WORD_NAMES.has(other.text));
}

const STAY_PREPOSITIONS = new Set(['on', 'in', 'to', 'from', 'around', 'across', 'round']);
const STAY_WORDS = new Set(['week', 'weeks', 'weekend', 'fortnight', 'days', 'night', 'nights', 'back', 'honeymoon', 'holiday', 'out', 'born', 'lived', 'living', 'live', 'stayed', 'staying', 'arrived', 'landed']);

// Words before a name that make it someone spoken to or about: "thanks Skye", "told Harris".
const PERSON_BEFORE = new Set(['thanks', 'thank', 'told', 'asked', 'gave', 'helped', 'hugged', 'love', 'bless', 'hi', 'hey', 'dear', 'our', 'my', 'with']);

/** A word of travel among the three words before tokens[to] (a "to"): "the ferry to", "flying back to". */
function travelBefore(tokens: Token[], to: number): boolean {
  for (let k = to - 1; k >= Math.max(0, to - 3); k--) {
    const w = tokens[k]!;
    if (w.sentence !== tokens[to]!.sentence) return false;
    if (TRAVEL_WORDS.has(w.text)) return true;
  }
  return false;
}

/**
 * A capitalised word right after the first name that is not this person's surname nor a word
 * compromise knows: another person altogether (Oliver Cromwell, Max Verstappen).
 */
export function followedByOtherSurname(tokens: Token[], text: string, i: number, ownNames: Set<string>, wordName = false): boolean {
  const after = neighbour(tokens, i, 1);
  if (!after || !spaceBetween(text, tokens[i]!, after)) return false;
  // "brooklyn beckham", "oscar isaac": in lower case, a word the dictionary knows only as a name.
  if (!after.cap && !tokens[i]!.cap && !tokens[i]!.poss && !ownNames.has(after.key)) {
    if (isFirstNameWord(after.text) || dictionaryTag(after.text) === 'LastName') return true;
    // "milo ventimiglia", "amelia earhart": a long word the dictionary does not know at all after
    // a first name that is no word is a surname. Not after a word-name: "dawn chorus" is a noun.
    if (!wordName && unknownSurnameShape(after.text)) return true;
  }
  if (!after.cap || after.upper || after.glued || after.sentStart || after.key.length < 2 || tokens[i]!.poss || ownNames.has(after.key)) return false;
  if (titleCaseSentence(tokens, i)) return false;
  // Any capitalised word that is not a name cue: Oliver Twist, Will Smith, Ruby Tuesday.
  return !CAPITALISED_ANYWAY.has(after.text);
}

/**
 * A capitalised word right before the first name that is not a title nor a word compromise
 * knows: the name is someone's surname (Jamie Oliver).
 */
export function precededByOtherFirstName(tokens: Token[], text: string, i: number, ownNames: Set<string>, wordName = false): boolean {
  const before = neighbour(tokens, i, -1);
  // "Oliver, Amelia and Grace": a list of names, not one person's first name and surname.
  if (before && !spaceBetween(text, before, tokens[i]!)) return false;
  // "bob marley", "elton john": all in lower case, a first name the dictionary knows before it.
  if (before && !before.cap && !tokens[i]!.cap && !before.poss && !ownNames.has(before.key) && isFirstNameWord(before.text)) return true;
  if (!before || !before.cap || before.upper || before.poss || tokens[i]!.glued || before.key.length < 2 || ownNames.has(before.key)) return false;
  if (TITLES.has(before.text) || NAME_BEFORE.has(before.text) || titleCaseSentence(tokens, i)) return false;
  // A word-name after any capitalised word is part of a title or brand: Amazing Grace, Air Max.
  if (wordName && !before.sentStart) return true;
  // "Honestly Summer's dad ...": an adverb opening the sentence, not a first name.
  if (before.sentStart && /ly$/.test(before.text) && isAdverb(before.text)) return false;
  // "Amazing Grace", "Steely Dan": an adjective opening the sentence makes a title, not a cue.
  if (before.sentStart && isAdjective(before.text)) return true;
  const tag = dictionaryTag(before.text);
  // A word the dictionary does not know opening a sentence is more often "Aww", "Omg" or "Yay"
  // than a first name: only a known first name there makes this a surname.
  return (tag === undefined && !before.sentStart) || isFirstNameWord(before.text);
}

/**
 * A lower-case word that reads as a surname nobody on the pack has: five letters or more, none
 * of the dictionary's, not an inflected verb or adverb ("napped", "finally", "giggling"), nor
 * a word drawn out ("sooo", "awww").
 */
function unknownSurnameShape(word: string): boolean {
  return /^[a-z]{5,}$/.test(word) && !/(?:ly|ed|ing|s)$/.test(word) && !/(.)\1\1/.test(word)
    && dictionaryTag(word) === undefined && !isEverydayWord(word);
}

/** Only spaces between two words: "Harry Styles", not "Harry, Styles" nor "Harry / Styles". */
function spaceBetween(text: string, a: Token, b: Token): boolean {
  return /^[ \t]+$/.test(text.slice(a.end, b.start));
}

function isFirstNameWord(word: string): boolean {
  const tag = dictionaryTag(word);
  return tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName';
}

/**
 * "Leon from over the road", "Niamh from the Co-op", "Brenda from Bristol", "Noah from my son's
 * football team": someone the poster knows from outside the setting. A club or a team of the
 * setting's own ("from the after-school club") has a word of the setting in the same words.
 * "at" says where someone works only before a trade ("Sunita at the pharmacy", "Dawn at the
 * post office"), and only when nobody was seen there: "saw Leon at the chemist" is the child.
 */
export function fromElsewhere(tokens: Token[], i: number): boolean {
  const from = neighbour(tokens, i, 1);
  if (from?.text === 'at') return worksAtATrade(tokens, i);
  if (from?.text !== 'from') return false;
  for (let k = i + 2; k <= i + 5; k++) {
    const w = tokens[k];
    if (!w || w.sentence !== tokens[i]!.sentence) return false;
    if (SETTING_AFTER_FROM.has(w.text)) return false;
    if (FROM_ELSEWHERE.has(w.text) || FROM_ELSEWHERE.has(w.key)) return true;
    // "Brenda from Bristol": a city or a country right after "from".
    if (k === i + 2 && w.cap && (dictionaryTag(w.text) === 'City' || dictionaryTag(w.text) === 'Country')) return true;
  }
  return false;
}

function worksAtATrade(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k]!;
    if (w.sentence !== tokens[i]!.sentence) break;
    if (SEEING.has(w.text)) return false;
  }
  const next = neighbour(tokens, i + 1, 1);
  const place = next?.text === 'the' ? neighbour(tokens, i + 2, 1) : next;
  return !!place && TRADES.has(place.text);
}

const SEEING = new Set(['saw', 'seen', 'see', 'met', 'meet', 'spotted', 'into', 'with', 'and']);

// A word of the setting after "from": "Ella from the after-school club", "Kylie from work".
const SETTING_AFTER_FROM = new Set(['work', 'nursery', 'school', 'preschool', 'pre', 'room', 'class', 'form', 'group', 'breakfast', 'after', 'holiday', 'setting', 'staff', 'office', 'kitchen', 'site', 'reception']);

/** Prince Harry, King Charles, Lady Jane: a title no one at a setting is called by. */
export function titledAsSomeoneElse(tokens: Token[], i: number): boolean {
  const before = neighbour(tokens, i, -1);
  return !!before && OTHER_PERSON_TITLES.has(before.text) && (before.cap || !tokens[i]!.cap);
}

/** "the Elvis documentary", "Taylor songs": the name of someone famous, used as a modifier. */
export function modifiesAWorkAbout(tokens: Token[], i: number): boolean {
  const after = neighbour(tokens, i, 1);
  return !!after && !tokens[i]!.poss && WORK_ABOUT_NOUNS.has(after.text);
}

/**
 * Most words capitalised, even the small ones ("Hope You All Have A Lovely Weekend"): capitals
 * say nothing. A sentence of names with a lower-case "at" ("Harry Styles at Wembley") is not
 * title case, however many capitals it has.
 */
function titleCaseSentence(tokens: Token[], i: number): boolean {
  const s = tokens[i]!.sentence;
  let words = 0;
  let caps = 0;
  let small = 0;
  let smallCaps = 0;
  for (let k = i - 8; k <= i + 8; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== s || t.num) continue;
    words++;
    if (t.cap) caps++;
    if (k !== i && !t.sentStart && SMALL_WORDS.has(t.text)) {
      small++;
      if (t.cap) smallCaps++;
    }
  }
  return words >= 4 && caps / words >= 0.7 && (small === 0 || smallCaps / small >= 0.5);
}

// Words that only title case capitalises.
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'at', 'in', 'on', 'to', 'for', 'with', 'from', 'by', 'is', 'are', 'was', 'you', 'all', 'have', 'has', 'my', 'our', 'your', 'it', 'this', 'that', 'we', 'be']);

/** The word at tokens[i] is a first name that is also an English word: is it used as a name? */
export function usedAsName(tokens: Token[], i: number, original: string): boolean {
  const t = tokens[i]!;
  const before = neighbour(tokens, i, -1);
  const after = neighbour(tokens, i, 1);
  if (t.tag) return true;
  if (before && TITLES.has(before.text)) return true;
  const twoBefore = tokens[i - 2];
  if (before && STRONG_BEFORE.has(before.text) && !(twoBefore && twoBefore.sentence === t.sentence && DETERMINERS.has(twoBefore.text))) return true;
  // "Summer's painting" is Summer's; "Summer's finally here" is summer is; "the storm's coming" is weather.
  if (t.poss && t.cap && !(t.sentStart && after && IS_FOLLOWERS.has(after.text))) return true;
  if (after && STRONG_AFTER.has(after.text)) return true;
  // "Jack from work", "Grace from nursery": a person known through the setting.
  const twoAfter = tokens[i + 2];
  if (after?.text === 'from' && twoAfter && ['work', 'nursery', 'the'].includes(twoAfter.text)) return true;
  if (!t.cap || t.upper) return false;
  // "The Mercedes dealership", "a Rose bush": a determiner makes it a thing, not a person.
  if (before && DETERMINERS.has(before.text)) return false;
  const titleCase = titleCaseSentence(tokens, i);
  if (!t.sentStart && !titleCase) return true;
  if (before && NAME_BEFORE.has(before.text) && !titleCase) return true;
  if (after && SPEECH_VERBS.has(after.text) && after.text !== 'is' && !titleCase) return true;
  // A capitalised word opening a sentence: let compromise read the opening words.
  const end = tokens[Math.min(tokens.length - 1, i + 4)]!;
  return opensWithName(original.slice(t.start, end.sentence === t.sentence ? end.end : t.end + 40));
}

/**
 * A relative or a pet named just before the first name ("my niece Lily", "our dog Max") or in
 * an apposition after it ("Otis, our new springer spaniel puppy"): the poster's own, not the pack's.
 */
export function relativeOrPetBefore(tokens: Token[], i: number): boolean {
  const before = neighbour(tokens, i, -1);
  if (before && RELATIVES_AND_PETS.has(before.text)) return true;
  if (ownAcquaintanceBefore(tokens, i)) return true;
  // "Saoirse and Aisling, my two nieces", "rocco is our spaniel": past a second name or "is".
  let j = i + 1;
  if ((tokens[j]?.text === 'and' || tokens[j]?.text === '&') && tokens[j + 1]?.cap) j += 2;
  else if (tokens[j]?.text === 'is' || tokens[j]?.text === 'was') j += 1;
  const after = tokens[j];
  if (!after || after.sentence !== tokens[i]!.sentence || (after.text !== 'our' && after.text !== 'my')) return false;
  for (let k = j + 1; k <= j + 6; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== tokens[i]!.sentence) return false;
    // Not "mate" or "bestie": "Max, my little mate" is as likely a key child as a friend.
    if ((RELATIVES_AND_PETS.has(t.text) && t.text !== 'mate' && t.text !== 'bestie') || PET_NOUNS.has(t.text)) return true;
  }
  return false;
}

// The poster's friends and neighbours: only with "my" or "our" ("his friend Oliver" is a child's friend).
const ACQUAINTANCES = new Set(['friend', 'friends', 'neighbour', 'neighbours', 'bff', 'pal', 'pals', 'colleague']);
// Between the poster's own word and the name: "my neighbour's little girl Precious", "my wee sis Erin".
const DESCRIBING = new Set(['little', 'wee', 'baby', 'big', 'girl', 'boy', 'lad', 'lass', 'best', 'old', 'dear', 'lovely', 'new', 'oldest', 'eldest', 'youngest', 'two', 'three']);

/** "my friend Autumn", "my best friend Grace", "my neighbour's little girl Precious", "my wee sis Erin". */
function ownAcquaintanceBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  let acquainted = false;
  for (; k >= Math.max(0, i - 5); k--) {
    const w = tokens[k]!;
    if (w.sentence !== tokens[i]!.sentence) return false;
    if (ACQUAINTANCES.has(w.text) || (w.poss && RELATIVES_AND_PETS.has(w.text)) || w.text === 'sis' || w.text === 'bro') { acquainted = true; continue; }
    if (DESCRIBING.has(w.text)) continue;
    break;
  }
  const own = tokens[k];
  return acquainted && !!own && own.sentence === tokens[i]!.sentence && (own.text === 'my' || own.text === 'our');
}

const PET_EMOJI = /^\s*[\u{1F436}\u{1F415}\u{1F429}\u{1F431}\u{1F408}\u{1F434}\u{1F40E}\u{1F430}\u{1F407}\u{1F439}\u{1F422}\u{1F41F}\u{1F426}\u{1F99C}\u{1F413}\u{1F414}\u{1F410}\u{1F411}\u{1F437}\u{1F43E}]/u;

/** "Rocco 🐶 8 weeks old": a pet's name, an animal's face right after it. */
export function petEmojiAfter(tokens: Token[], text: string, i: number): boolean {
  return PET_EMOJI.test(text.slice(tokens[i]!.end, tokens[i]!.end + 6));
}

/** "Ruby C", "Jack P was telling everyone": the child's own surname initial after a first name. */
export function ownInitialAfter(tokens: Token[], i: number, initials: Set<string>): boolean {
  const after = neighbour(tokens, i, 1);
  return !!after && tokens[i]!.cap && after.cap && after.text.length === 1 && after.text !== 'i' && after.text !== 'a' && initials.has(after.text);
}

/**
 * "Robins nesting in the hedge", "Jays raiding the feeder": a word-name with a plural -s is the
 * thing it names, many of them, not the child (found through the stem). Only a noun after it
 * ("Robins mum said", "Jays coat") reads as the child's, with the apostrophe left out.
 */
export function pluralOfWordName(tokens: Token[], text: string, i: number, first: string): boolean {
  const t = tokens[i]!;
  if (t.poss || t.tag || t.key === first || !(t.key === `${first}s` || t.key === `${first}es`) || text[t.end - 1] === "'") return false;
  const after = neighbour(tokens, i, 1);
  if (!after || !spaceBetween(text, t, after)) return true;
  return !nextWordIsNoun(text.slice(t.start, (neighbour(tokens, i + 1, 1) ?? after).end));
}

/** "in April", "last Summer", "3rd June", "April 1958", "end of May": a month or a season, not a child. */
export function namesATime(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.poss || t.tag || !TIME_WORD_NAMES.has(t.text)) return false;
  const before = neighbour(tokens, i, -1);
  const after = neighbour(tokens, i, 1);
  if (before && (TIME_BEFORE.has(before.text) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(before.text))) return true;
  const twoBefore = before && neighbour(tokens, i - 1, -1);
  if (before?.text === 'of' && twoBefore && (PART_OF_TIME.has(twoBefore.text) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(twoBefore.text))) return true;
  // "April 1958", "June 3rd": a year or an ordinal after it (not a bare number: "April 3 today" may be an age).
  return !!after && /^(?:\d{4}|\d{1,2}(?:st|nd|rd|th))$/.test(after.text);
}

/**
 * "Hope you're all well", "Hope the parents get answers", "Mark my words", "Bear with me": a
 * word-name that is also a verb, heading its clause, before the words that open what follows.
 */
export function opensAsAVerb(tokens: Token[], text: string, i: number): boolean {
  const t = tokens[i]!;
  if (t.poss || t.tag || !VERB_WORD_NAMES.has(t.text)) return false;
  const before = neighbour(tokens, i, -1);
  if (before && spaceBetween(text, before, t)) return false;
  const after = neighbour(tokens, i, 1);
  if (!after || !spaceBetween(text, t, after)) return false;
  // "Hope the parents ..." opening a sentence; after a comma, "Will the star of the show" is the child.
  if (CLAUSE_AFTER_VERB.has(after.text) && (after.text !== 'the' || t.sentStart)) return true;
  // "Bear with me", not "Bear with the big stick".
  const twoAfter = neighbour(tokens, i + 1, 1);
  return t.text === 'bear' && after.text === 'with' && !!twoAfter && ['me', 'us'].includes(twoAfter.text);
}

/**
 * "the King's speech", "a card from the King", "the Harvey's Bristol Cream", "the Robins class":
 * a first name alone right after an article is a title, a thing or a brand; a child is never "the Ruby".
 */
export function afterAnArticle(tokens: Token[], i: number): boolean {
  const before = neighbour(tokens, i, -1);
  return !!before && (before.text === 'the' || before.text === 'a' || before.text === 'an');
}

/** "Marley and Me", "Marley & Me": a capital Me after the name makes a title, not a child. */
export function titledWithMe(tokens: Token[], text: string, i: number): boolean {
  const after = neighbour(tokens, i, 1);
  if (!after) return false;
  const me = after.text === 'and' ? neighbour(tokens, i + 1, 1) : after;
  if (!me || me.text !== 'me' || !me.cap || me.upper) return false;
  return me !== after || /^\s*&\s*$/.test(text.slice(tokens[i]!.end, after.start));
}

// An age a grown-up celebrates (20th to 199th), not a date: "Happy 40th", "your 21st", "Grandad's 80th", not "on the 20th".
const ADULT_AGE = /^(?:[2-9]\d|1\d\d)(?:st|nd|rd|th)$/;
const AGE_BEFORE = new Set(['happy', 'your', 'my', 'his', 'her', 'their']);

/**
 * "Happy retirement Grace!", "Harry and Megan, congrats on your engagement", "Happy 40th Finn",
 * "see you Saturday for drinks": a grown-up's occasion a few words from the name is an adult's,
 * not a child's at a setting. Not when the words between give it to someone else ("Noah said his
 * mum got engaged"), nor "little Grace".
 */
export function adultOccasionNear(tokens: Token[], i: number): boolean {
  const before = neighbour(tokens, i, -1);
  if (before && (STRONG_BEFORE.has(before.text) || DETERMINERS.has(before.text))) return false;
  // "Isla's mum", "Isla D and Amelia P are getting married at club": a child's family, or the child by their initial.
  const after = neighbour(tokens, i, 1);
  if (after && ((tokens[i]!.poss && someoneElsesWord(after)) || (after.cap && after.text.length === 1 && after.text !== 'i' && after.text !== 'a'))) return false;
  for (let k = Math.max(0, i - 8); k <= Math.min(tokens.length - 1, i + 12); k++) {
    if (k === i || !adultOccasionAt(tokens, k)) continue;
    const [from, to] = k < i ? [k + 1, i] : [i + 1, k];
    let theirs = false;
    // "Theo's dad is retiring", "her mum got engaged": the occasion's own person just before it.
    for (let b = Math.max(0, k - 3); b < k; b++) if (someoneElsesWord(tokens[b]!)) theirs = true;
    for (let b = from; b < to; b++) if (someoneElsesWord(tokens[b]!)) theirs = true;
    if (!theirs) return true;
  }
  return false;
}

/** A word that gives what follows to someone else: "his", "her mum", "my niece". */
const someoneElsesWord = (t: Token) => SOMEONE_ELSES.has(t.text) || RELATIVES_AND_PETS.has(t.text);

function adultOccasionAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (ADULT_OCCASIONS.has(t.text)) return true;
  if (!ADULT_AGE.test(t.text)) return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (!!before && (AGE_BEFORE.has(before.text) || before.poss)) || after?.text === 'birthday' || after?.text === 'bday';
}

// "Poppy's a lovely name", "Kai is such a cool name", "the name of my nan's old dog".
const NAMED_ONE = new Set(['her', 'him', 'them', 'it', 'baby', 'bump']);
const NAME_WORDS = new Set(['name', 'names']);

/**
 * The name talked about as a name, not a person: "Poppy's a lovely name", "Kai is such a cool
 * name", "Isla's the name of my nan's old dog", "Saoirse means 'freedom'", "calling her Grace after
 * our nan". Not "Noah means well": after "means", only a word in quotes or before "in" (a language).
 */
export function nameAsAWord(tokens: Token[], text: string, i: number): boolean {
  const t = tokens[i]!;
  const before = neighbour(tokens, i, -1);
  const twoBefore = before && neighbour(tokens, i - 1, -1);
  // "calling her Grace", "named him Noah", "call the baby Ruby".
  if (before && twoBefore && /^(?:call|calling|called|name|naming|named)$/.test(twoBefore.text) && NAMED_ONE.has(before.text)) return true;
  if (before && twoBefore && twoBefore.text === 'the' && NAME_WORDS.has(before.text)) return true;
  const after = neighbour(tokens, i, 1);
  if (!after) return false;
  if (after.text === 'means' && !t.poss) {
    const word = neighbour(tokens, i + 1, 1);
    const next = word && neighbour(tokens, i + 2, 1);
    // "Amara means 'grace' in Igbo", "Niamh means "bright" apparently": a word in quotes or then a language. Not "Noah means well".
    return !!word && (/['"‘“]\s*$/.test(text.slice(after.end, word.start)) || next?.text === 'in');
  }
  // "Poppy's a lovely name", "Kai is such a cool name", "Isla's the name of ...": a few words on, "name".
  const verb = t.poss ? tokens[i] : after.text === 'is' || after.text === 'was' ? after : undefined;
  if (!verb) return false;
  for (let k = (t.poss ? i : i + 1) + 1; k <= (t.poss ? i : i + 1) + 4; k++) {
    const w = tokens[k];
    if (!w || w.sentence !== t.sentence) return false;
    if (NAME_WORDS.has(w.text)) return true;
    // Only a determiner and adjectives on the way: not "Noah was calling my name".
    if (!DETERMINERS.has(w.text) && !NAME_DESCRIBING.has(w.text) && !(isAdjective(w.text) && !/ing$/.test(w.text))) return false;
  }
  return false;
}

const NAME_DESCRIBING = new Set(['such', 'so', 'really', 'very', 'my', 'our', 'favourite', 'favorite', 'lovely', 'beautiful', 'gorgeous', 'cool', 'great', 'pretty', 'unusual', 'good']);

// Each idiom under each of its words, so a name looks up only the idioms that hold it.
const IDIOMS_BY_WORD = new Map<string, [string[], number][]>();
for (const idiom of NAME_IDIOMS) idiom.forEach((w, at) => IDIOMS_BY_WORD.set(w, [...(IDIOMS_BY_WORD.get(w) ?? []), [idiom, at]]));

/** "Noah's ark display", "a proper bobby dazzler", "grace period on my car tax": the name is a word of a fixed expression. */
export function inANameIdiom(tokens: Token[], i: number): boolean {
  for (const [idiom, at] of IDIOMS_BY_WORD.get(tokens[i]!.text) ?? []) {
    let ok = true;
    for (let k = 0; k < idiom.length && ok; k++) {
      const t = tokens[i - at + k];
      ok = !!t && t.sentence === tokens[i]!.sentence && t.text === idiom[k];
    }
    if (ok) return true;
  }
  return false;
}

// British English gives a firm a plural verb ("Sky have put their prices up", "Zara are closing"); one child takes "has" and "is".
const PLURAL_VERBS: ReadonlySet<string> = new Set(['have', 'are', "haven't", "aren't"]);
const ADDRESSED: ReadonlySet<string> = new Set(['you', 'we', 'they', 'i', 'u', 'ya']);

/** "Sky have put their prices up", "Mercedes are the best team": a name with a plural verb is a firm or a team, unless two people share it ("Jack and Emma have"). */
export function namesAFirm(tokens: Token[], i: number): boolean {
  const after = neighbour(tokens, i, 1);
  if (!after || !PLURAL_VERBS.has(after.text) || tokens[i]!.poss) return false;
  const next = neighbour(tokens, i + 1, 1);
  if (next && ADDRESSED.has(next.text)) return false; // "Zara have you got the list?": someone spoken to
  for (let k = i - 1; k >= Math.max(0, i - 4) && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    if (tokens[k]!.text === 'and' || tokens[k]!.text === '&' || tokens[k]!.text === 'both') return false;
  }
  return true;
}

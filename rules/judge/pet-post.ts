/**
 * A first name in a post about a pet is the pet's: "Bear's first trip to the beach 🐶 #puppylove",
 * "Update on our Harvey: the vet says the lump was nothing, just a fatty thing old labs get".
 * Pets get children's names (Alfie, Bear, Harvey, Milo) as often as children do.
 */
import { PET_NOUNS } from '../lexicon/names';
import type { Run } from '../run';
import { WORK_CLASSES, workCuesIn } from './work-cues';

const PET_EMOJI = /[\u{1F436}\u{1F415}\u{1F429}\u{1F431}\u{1F408}\u{1F434}\u{1F40E}\u{1F430}\u{1F407}\u{1F439}\u{1F422}\u{1F43E}\u{1F9AE}\u{1F99C}]/u;
// A hashtag about animals: #dogsofinstagram, #labradorlife, #catmum, #puppylove.
const PET_HASHTAG = /dog|cat(?:s|mum|dad|life|lover)|pupp|kitten|petsof|furbab|labrador|spaniel|cockapoo|rescue/;
// A word of the setting anywhere in the post means the name may be a child's after all:
// "Milo brought his puppy in to show the class 🐶" is about a child.
// Saying where one works counts here too ("at my setting ...").
const SETTING_CLASSES: ReadonlySet<string> = new Set([...WORK_CLASSES, 'place-lead']);
// What children do and pets do not: "Bear drew a dog", "Otis said the puppy was his".
const CHILD_DOINGS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'asked', 'drew', 'draws', 'painted', 'wrote', 'sang', 'read', 'counted', 'built', 'made', 'shared', 'learnt', 'learned', 'brought']);

// "Skye looked so proud on that pony", "Jack and his new puppy": an animal of its own beside the name makes the name its person.
const WITH_AN_ANIMAL: ReadonlySet<string> = new Set(['his', 'her', 'their', 'that', 'a', 'the']);

/** What a post says about pets, read once per post: every first name in it asks the same questions. */
interface PetFacts {
  /** A pet emoji anywhere; a pet hashtag anywhere. */
  emoji: boolean;
  hashtag: boolean;
  /** Sentences holding a pet word (a pet cue or a pet noun). */
  petSentences: Set<number>;
  /** Pet nouns with "his", "that", "a" before them (one word may come between), by token. */
  ownedAnimals: number[];
  /** Any word of the setting in the post. */
  settingWords: boolean;
}
const FACTS = new WeakMap<Run, PetFacts>();

function petFacts(run: Run): PetFacts {
  let facts = FACTS.get(run);
  if (facts) return facts;
  const { tokens } = run;
  const petSentences = new Set<number>();
  const ownedAnimals: number[] = [];
  let hashtag = false;
  for (const [cls, s] of run.cues) if (cls === 'pet') petSentences.add(s);
  tokens.forEach((t, k) => {
    if (t.tag === '#' && PET_HASHTAG.test(t.key)) hashtag = true;
    if (!PET_NOUNS.has(t.text)) return;
    petSentences.add(t.sentence);
    const one = tokens[k - 1];
    const two = tokens[k - 2];
    if ((one && one.sentence === t.sentence && WITH_AN_ANIMAL.has(one.text)) || (two && two.sentence === t.sentence && WITH_AN_ANIMAL.has(two.text))) ownedAnimals.push(k);
  });
  facts = { emoji: PET_EMOJI.test(run.text), hashtag, petSentences, ownedAnimals, settingWords: workCuesIn(run, SETTING_CLASSES) };
  FACTS.set(run, facts);
  return facts;
}

/** The single-word name at token i names a pet: a post about a pet, with no word of the setting in it. */
export function aPetPost(run: Run, i: number): boolean {
  const { tokens } = run;
  const name = tokens[i]!;
  const after = tokens[i + 1];
  if (after && after.sentence === name.sentence && (CHILD_DOINGS.has(after.text) || (after.cap && after.text.length === 1))) return false;
  const facts = petFacts(run);
  if (facts.settingWords) return false;
  if (namedAsAPet(run, i)) return true;
  if (facts.ownedAnimals.some((k) => tokens[k]!.sentence === name.sentence && Math.abs(k - i) > 2)) return false;
  // Two signs, not one: a child's post may mention a dog once ("Ava told us about her new puppy").
  // The pet word may come just before the name's sentence ("Update on the dog. Skye's back") or just after.
  const near = facts.petSentences.has(name.sentence) || facts.petSentences.has(name.sentence + 1) || facts.petSentences.has(name.sentence - 1);
  return Number(facts.emoji) + Number(facts.hashtag) + Number(near) >= 2;
}

// "our new puppy is called Bear", "a cat named Milo": the name is given to the animal
// ("the boy called Milo" next to a dog is still a boy).
const NAMING = new Set(['called', 'named']);
const BEING = new Set(['is', 'was', "'s"]);

function namedAsAPet(run: Run, i: number): boolean {
  const { tokens } = run;
  const naming = tokens[i - 1];
  if (!naming || !NAMING.has(naming.text) || naming.sentence !== tokens[i]!.sentence) return false;
  const before = tokens[i - 2];
  const animal = before && BEING.has(before.text) ? tokens[i - 3] : before;
  return !!animal && animal.sentence === naming.sentence && PET_NOUNS.has(animal.text);
}

/**
 * A first name in a post about a pet is the pet's: "Bear's first trip to the beach 🐶 #puppylove",
 * "Update on our Harvey: the vet says the lump was nothing, just a fatty thing old labs get".
 * Pets get children's names (Alfie, Bear, Harvey, Milo) as often as children do.
 */
import { PET_NOUNS } from '../lexicon/names';
import type { Token } from '../normalise/tokenise';
import type { Run } from '../run';
import { workCuesIn } from './work-cues';

const PET_EMOJI = /[\u{1F436}\u{1F415}\u{1F429}\u{1F431}\u{1F408}\u{1F434}\u{1F40E}\u{1F430}\u{1F407}\u{1F439}\u{1F422}\u{1F43E}\u{1F9AE}\u{1F99C}]/u;
// A hashtag about animals: #dogsofinstagram, #labradorlife, #catmum, #puppylove.
const PET_HASHTAG = /dog|cat(?:s|mum|dad|life|lover)|pupp|kitten|petsof|furbab|labrador|spaniel|cockapoo|rescue/;
// A word of the setting anywhere in the post means the name may be a child's after all:
// "Milo brought his puppy in to show the class 🐶" is about a child.
const SETTING_CLASSES: ReadonlySet<string> = new Set(['role', 'children', 'families', 'workplace', 'jargon', 'incident', 'staffing-money', 'health', 'confidential', 'place-lead']);
// What children do and pets do not: "Bear drew a dog", "Otis said the puppy was his".
const CHILD_DOINGS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'asked', 'drew', 'draws', 'painted', 'wrote', 'sang', 'read', 'counted', 'built', 'made', 'shared', 'learnt', 'learned', 'brought']);

// "Skye looked so proud on that pony", "Jack and his new puppy": an animal of its own beside the name makes the name its person.
const WITH_AN_ANIMAL: ReadonlySet<string> = new Set(['his', 'her', 'their', 'that', 'a', 'the']);
function withAnAnimal(tokens: Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || Math.abs(k - i) <= 2 || !PET_NOUNS.has(t.text)) continue;
    // One describing word may come between: "his new puppy", "that little pony".
    if (WITH_AN_ANIMAL.has(tokens[k - 1]!.text) || (k >= 2 && tokens[k - 2]!.sentence === sentence && WITH_AN_ANIMAL.has(tokens[k - 2]!.text))) return true;
  }
  return false;
}

function petWordNear(run: Run, sentence: number): boolean {
  return run.cues.some(([cls, s]) => cls === 'pet' && (s === sentence || s === sentence + 1))
    || run.tokens.some((t) => (t.sentence === sentence || t.sentence === sentence + 1) && PET_NOUNS.has(t.text));
}

function petHashtag(tokens: Token[]): boolean {
  return tokens.some((t) => t.tag === '#' && PET_HASHTAG.test(t.key));
}

/** The single-word name at token i names a pet: a post about a pet, with no word of the setting in it. */
export function aPetPost(run: Run, i: number): boolean {
  const { tokens } = run;
  const name = tokens[i]!;
  const after = tokens[i + 1];
  if (after && after.sentence === name.sentence && (CHILD_DOINGS.has(after.text) || (after.cap && after.text.length === 1))) return false;
  if (withAnAnimal(tokens, i)) return false;
  // Two signs, not one: a child's post may mention a dog once ("Ava told us about her new puppy").
  const signs = Number(PET_EMOJI.test(run.text)) + Number(petHashtag(tokens)) + Number(petWordNear(run, name.sentence));
  if (signs < 2) return false;
  return !workCuesIn(run, SETTING_CLASSES);
}

/**
 * "Our Jack's parents' evening, proud mum moment": a name the poster calls their own, in a post
 * about their own family, is their child or grandchild, who may share a first name with a child
 * on the pack. A staff member's "my little Storm" about a key child carries no such family word,
 * and a post that speaks as staff ("love from your key worker") stays a post about the setting.
 */
import { words } from '../lexicon/pattern';
import type { Token } from '../normalise/tokenise';

const OWN = new Set(['our', 'my']);
const BETWEEN = new Set(['little', 'baby', 'wee', 'lovely', 'gorgeous', 'beautiful', 'big', 'eldest', 'youngest', 'middle', 'darling', 'clever', 'brave', 'cheeky']);

/** Words that make the poster a parent, grandparent or relative of someone in the post. */
const FAMILY_WORDS = words([
  'sons?', 'daughters?', 'grandsons?', 'granddaughters?', 'grandchildren', 'grandkids', 'godson', 'goddaughter', 'nephew', 'niece',
  'stepson', 'stepdaughter', 'my (?:boy|girl|lad|kids|boys|girls|children|youngest|eldest|babies)', 'our (?:lad|girl|kid|kids|boys|girls|youngest|eldest)',
  // Hashtags reach the stream as words: #proudmum as "proudmum", #ProudMum as "proud mum".
  '(?:proud|proudest) ?(?:mum|mam|mom|mummy|mammy|dad|daddy|nan|nana|nanna|grandma|grandad|granny|auntie|aunty|uncle|parents?|mama|papa)',
  '(?:mum|mam|mom|dad|nan|nana|grandma|grandad|auntie) ?(?:life|duties|moment|fail|win)', 'birthday ?(?:boy|girl)', 'baby ?(?:boy|girl)',
  'first ?birthday', 'christening', 'school run', 'tooth fairy',
  // Milestones of one's own child's life that no setting posts about: a driving test, a first
  // communion, a gap year, an 18th; and a reply comparing one's own ("my Grace does exactly the same").
  'driving test', 'first (?:holy )?communion', 'big school', 'gap year', 'uni', '(?:16|18|21)(?:st|th) ?(?:birthday)?', 'first steps',
  'my (?:husband|hubby|wife|partner)', 'love mum',
  '(?:exactly|just) the same', 'had the same', 'same (?:thing )?happened',
].join('|'));

/** Words of a member of staff writing about a child in their care. */
const STAFF_WORDS = words([
  'key (?:worker|person|child|children|group)', 'my (?:class|room|setting|key|mindees?|lot|club)', 'our (?:class|room|setting|mindees?)', 'at work',
  'in my care', 'my little ones', 'at nursery today',
].join('|'));

/**
 * Is the name at token i the poster's own family? Staff say "our Jade" of a colleague and "my
 * Elvis" of a key child too, so the post must also speak of family life.
 */
export function ownFamilyName(tokens: Token[], stream: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && BETWEEN.has(tokens[k]!.text) && tokens[k]!.sentence === tokens[i]!.sentence) k--;
  const own = tokens[k];
  if (!own || own.sentence !== tokens[i]!.sentence || !OWN.has(own.text) || test(STAFF_WORDS, stream)) return false;
  return test(FAMILY_WORDS, stream);
}

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

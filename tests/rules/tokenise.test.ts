import { describe, expect, it } from 'vitest';
import { fold } from '../../rules/normalise/fold';
import { tokenise } from '../../rules/normalise/tokenise';

const words = (s: string) => tokenise(fold(s)).map((t) => t.text);

describe('tokenise', () => {
  it.each([
    ['hashtag camel case', '#LittleAcorns rock', ['little', 'acorns', 'rock']],
    ['handle snake case', '@little_acorns', ['little', 'acorns']],
    ['digit stand-ins', 'L1ttle Ac0rns', ['little', 'acorns']],
    ['symbol stand-ins', 'sh!t h@ppy', ['shit', 'happy']],
    ['masked letters stay masked', 'f*ck', ['f*ck']],
    ['spaced letters joined', 'l i t t l e  a c o r n s', ['littleacorns']],
    ['dotted letters joined', 'L.A.D.N', ['ladn']],
    ['numbers with units are not words', 'at 3pm on the 2nd', ['at', '3pm', 'on', 'the', '2nd']],
    ['year after a name', '#Oliver2023', ['oliver', '2023']],
    ['possessive set aside', "Oliver's coat", ['oliver', 'coat']],
    ["contraction kept", "she's lovely", ["she's", 'lovely']],
    // Capitals with one small letter are an acronym, not camel case.
    ['an acronym spelt with a small letter', 'the new SENCo and the SENDCo', ['the', 'new', 'senco', 'and', 'the', 'sendco']],
    ["an acronym's plural", 'TAs, MPs and SATs', ['tas', 'mps', 'and', 'sats']],
    ['a degree', 'my PhD and her BSc', ['my', 'phd', 'and', 'her', 'bsc']],
  ])('%s', (_name, input, expected) => {
    expect(words(input)).toEqual(expected);
  });

  it('marks sentence starts, capitals and possessives', () => {
    const [a, b, c] = tokenise(fold("Grace's day. Will came"));
    expect(a).toMatchObject({ text: 'grace', poss: true, cap: true, sentStart: true });
    expect(b).toMatchObject({ text: 'day', sentStart: false });
    expect(c).toMatchObject({ text: 'will', sentStart: true, sentence: 1 });
  });

  it.each([
    ['a web address', 'see littleacorns-nursery.example/jobs now', 0],
    ['a price', 'only £12.50 today', 0],
    ['initials', 'L.A.D.N rocks', 0],
    ['a full stop and a space', 'Done. Next', 1],
  ])('a full stop ends a sentence only before a space: %s', (_name, text, lastSentence) => {
    expect(tokenise(fold(text)).at(-1)!.sentence).toBe(lastSentence);
  });

  it('points every token at its original text, emoji and accents included', () => {
    const text = '😀 Aoife Ní Bhriain’s #LittleAcorns l i t t l e';
    for (const t of tokenise(fold(text))) {
      expect(text.slice(t.start, t.end).length).toBeGreaterThan(0);
    }
    const slices = tokenise(fold(text)).map((t) => text.slice(t.start, t.end));
    expect(slices).toEqual(['Aoife', 'Ní', 'Bhriain', '#Little', 'Acorns', 'l i t t l e']);
  });
});

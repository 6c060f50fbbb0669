/**
 * One long token (a 20,000-character hashtag or word) is matched in linear time and still
 * finds what it holds. Before, a hashtag's inner phrases were looked for in every slice of it
 * (cubic: a 1,000-character tag took a third of a second, a 20,000-character one hours), and
 * every long word made all its one-letter deletions (quadratic). Their cost is in `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { phraseTokens } from '../../rules/compile';
import { PhraseIndex } from '../../rules/match/phrase-index';
import { fold } from '../../rules/normalise/fold';
import { tokenise } from '../../rules/normalise/tokenise';

function index(): PhraseIndex<string> {
  const i = new PhraseIndex<string>();
  i.add(phraseTokens('Little Acorns'), 'setting');
  i.add(phraseTokens('Oliver Brooks'), 'child');
  i.add(phraseTokens('Whitfield'), 'staff');
  return i;
}
// What was found, once each ("littleacorns" and "littleacorn" inside a tag both spell the name).
const find = (text: string) => [...new Set(index().find(tokenise(fold(text))).map((m) => `${m.payload}${m.fuzzy ? '~' : ''}@${m.first}`))];

describe('long tokens', () => {
  it('a name inside a 20,000-character hashtag is found', () => {
    const pad = 'x'.repeat(9_990);
    expect(find(`#${pad}littleacorns${pad}`)).toEqual(['setting@0']);
    expect(find(`#${pad}oliverbrooks`)).toEqual(['child@0']);
  });

  it('a 20,000-letter word is near no phrase, and short words beside it still are', () => {
    expect(find('w'.repeat(20_000))).toEqual([]);
    expect(find(`${'w'.repeat(20_000)} Whitfeild`)).toEqual(['staff~@1']);
  });
});

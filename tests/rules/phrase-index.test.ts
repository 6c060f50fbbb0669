/**
 * The phrase index's fuzzy search: a post's long word is looked up by its deletions only
 * where a filter of the phrases' deletions lets it through, and the filter must never keep a
 * near spelling out. Every one-edit spelling of every name of a large pack, run together, is found.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../rules';
import { compilePack, phraseTokens } from '../../rules/compile';
import type { Pack } from '../../rules/types';
import { largePack } from '../../bench/fixtures';

describe('phrase index, one edit away', () => {
  it('finds every name of a large pack run together with a letter dropped or changed', () => {
    const result = parsePack(largePack());
    if (!result.ok) throw new Error(result.errors.join('; '));
    const pack: Pack = result.pack;
    const c = compilePack(pack);
    const missed: string[] = [];
    let tried = 0;
    for (const name of pack.people.children.slice(0, 400)) {
      if (!/^[A-Za-z -]+$/.test(name)) continue;
      const joined = name.toLowerCase().replace(/[^a-z]/g, '');
      if (joined.length < 9) continue;
      const k = Math.floor(joined.length / 2);
      const near = joined[k] === 'q' ? 'x' : 'q';
      for (const variant of [joined.slice(0, k) + joined.slice(k + 1), joined.slice(0, k) + near + joined.slice(k + 1)]) {
        tried++;
        const found = c.index.find(phraseTokens(variant)).some((m) => m.fuzzy && m.payload.kind === 'person' && m.payload.name === name);
        if (!found) missed.push(`${name}: ${variant}`);
      }
    }
    expect(missed.slice(0, 5)).toEqual([]);
    expect(tried).toBeGreaterThan(600);
  });
});

/** people.nicknames: a short form is checked as the person's own name, and a bad one is refused naming its field. */
import { describe, expect, it } from 'vitest';
import { compile, demoPack, parsePack } from '../../rules';

const withNicks = (nicknames: Record<string, string[]>) => parsePack({ ...demoPack, people: { ...demoPack.people, nicknames } });

describe('people.nicknames', () => {
  it.each([
    { post: 'Ollie loved the sandpit today', match: 'Ollie' },
    { post: 'Had fun with Ollie Brooks', match: 'Ollie Brooks' },
    { post: 'Izzy was a star at lunch', match: 'Izzy' },
  ])('"$post" names a child', ({ post, match }) => {
    const parsed = withNicks({ 'Oliver Brooks': ['Ollie'], 'Isla McAllister': ['Izzy'] });
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    expect(compile(parsed.pack).check(post).filter((f) => f.category === 'child-name').map((f) => f.match)).toEqual([match]);
  });

  it('without the nickname in the pack, the short form is not the child', () => {
    expect(compile(demoPack).check('Ollie loved the sandpit today').filter((f) => f.category === 'child-name')).toEqual([]);
  });

  it('a one-letter nickname is refused, naming the field', () => {
    const parsed = withNicks({ 'Oliver Brooks': ['O'] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]).toMatch(/^people\.nicknames\.Oliver Brooks\[0\]: expected at least 2 characters/);
  });
});

/** compileInSteps: a large pack compiled in many short steps (a page gets its thread back between them), same result as compile. */
import { describe, expect, it } from 'vitest';
import { compile, compileInSteps, demoPack, parsePack, parsePackInSteps, type Pack } from '../../rules';

const FIRST = ['Amelia', 'Oliver', 'Isla', 'Noah', 'Ava', 'Leo', 'Mia', 'Arlo', 'Freya', 'Theo'];
const LAST = ['Hart', 'Brooks', 'Patel', 'Khan', 'Smith', 'Jones', 'Okafor', 'Nowak', 'Chen', 'McAllister'];

function largePack(): Pack {
  const children = Array.from({ length: 2000 }, (_, i) => `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]}${i >= 100 ? `-${LAST[Math.floor(i / 100) % 10]}${i}` : ''}`);
  const terms = Array.from({ length: 300 }, (_, i) => ({ id: `t${i}`, category: 'confidential', phrases: [`rota change ${i}`], severity: 'medium' }));
  const parsed = parsePack({ ...demoPack, id: 'large', people: { children, staff: ['Priya Shah'] }, terms: [...demoPack.terms, ...terms] });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.pack;
}

// The first compileInSteps also builds the language tagger, in steps (judge/tagger.ts): seconds on a busy machine.
describe('compileInSteps', { timeout: 60_000 }, () => {
  const pack = largePack();
  const post = 'Lovely day with Oliver Brooks and Isla Chen-Jones at Little Acorns, rota change 17 again. Ring 07700 900123.';

  it('yields often with thousands of names: no step adds more than a hundred of them', () => {
    const steps = compileInSteps(pack);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    // 2,001 names and 300 term phrases at most a hundred a step, plus the setting's names and the other blocks.
    expect(yields).toBeGreaterThanOrEqual(23);
    expect(step.value.check(post)).toEqual(compile(pack).check(post));
  });

  it('finds what compile finds, on the demo pack too', () => {
    const steps = compileInSteps(demoPack);
    let step = steps.next();
    while (!step.done) step = steps.next();
    const found = step.value.check(post);
    expect(found.map((f) => f.category)).toContain('child-name');
    expect(found).toEqual(compile(demoPack).check(post));
  });
});

describe('parsePackInSteps', () => {
  const run = (input: unknown) => {
    const steps = parsePackInSteps(input);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    return { yields, result: step.value };
  };

  it('validates in several steps, one per term with regexes besides the walk and the schema, same result as parsePack', () => {
    const regexTerms = Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, category: 'confidential', regex: [`case ?file ?${i}\\d+`], severity: 'medium' }));
    const input = { ...demoPack, id: 'steps', terms: [...demoPack.terms, ...regexTerms] };
    const { yields, result } = run(input);
    expect(yields).toBeGreaterThanOrEqual(5 + 3);
    expect(result).toEqual(parsePack(input));
    expect(result.ok).toBe(true);
  });

  it('reports the same problems as parsePack', () => {
    const input = { ...demoPack, id: 'bad', terms: [{ id: 'x', category: 'confidential', regex: ['(unclosed'], severity: 'medium' }, { id: 'x', category: 'confidential', phrases: ['twice'], severity: 'medium' }] };
    const { result } = run(input);
    expect(result.ok).toBe(false);
    expect(result).toEqual(parsePack(input));
  });
});

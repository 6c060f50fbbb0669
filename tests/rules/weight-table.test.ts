/** The check's weight table (rules/judge/evidence/table.ts) scores every post exactly as scoreEvidence does over gatherEvidence's features. */
import { describe, expect, it } from 'vitest';
import { findCues } from '../../rules/check';
import { gatherEvidence } from '../../rules/judge/evidence/features';
import { MODELLED, scoreEvidence } from '../../rules/judge/evidence/model';
import { weightTable } from '../../rules/judge/evidence/table';
import { MODELS } from '../../rules/judge/evidence/weights';
import { compiledFor, corporaFor, postsWithPacks } from '../corpus/load';

describe('weight table', () => {
  it('gives the same probability and sentence as scoreEvidence on the training posts', () => {
    const table = weightTable(MODELS);
    const differ: string[] = [];
    let posts = 0;
    let sure = 0;
    for (const corpus of corporaFor('train').filter((c) => !c.file.includes('everyday'))) {
      for (const { post, pack } of postsWithPacks(corpus)) {
        const c = compiledFor(pack);
        const run = findCues(c, post.text);
        const evidence = gatherEvidence(run, run.out, c.termIds);
        const known = table.known(run, run.out, c.termIds);
        posts++;
        for (const category of MODELLED) {
          const expected = scoreEvidence(MODELS[category], evidence);
          const got = table.score(category, known);
          if (expected.probability > 0.5) sure++;
          if (got.probability !== expected.probability || got.sentence !== expected.sentence) differ.push(`${post.id} ${category}`);
        }
      }
    }
    expect(differ.slice(0, 5)).toEqual([]);
    // Posts the models are sure about, or agreeing means little.
    expect(posts).toBeGreaterThan(3_000);
    expect(sure).toBeGreaterThan(500);
  }, 120_000);
});

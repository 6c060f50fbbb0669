/**
 * Writes tests/corpus/floors.ts from what the engine measures now: `npx tsx scripts/set-floors.ts`.
 * Each floor sits a little under the measured figure (precision and recall 0.03 under, rounded
 * down to 0.01; the dialog rates 1.5 points over), so a regression fails and noise does not.
 * Run it only after a change that was measured to be better, and say so in the commit.
 */
import { writeFileSync } from 'node:fs';
import { CORPORA } from '../tests/corpus/corpora';
import { scoreCorpus } from '../tests/rules/corpus-score';

const down = (x: number) => Math.max(0, Math.floor((x - 0.03) * 100) / 100);
const up = (x: number) => Math.ceil((x + 0.015) * 1000) / 1000;
const floors: Record<string, unknown> = {};
for (const corpus of CORPORA) {
  const s = scoreCorpus(corpus);
  const categories: Record<string, { precision: number; recall: number }> = {};
  for (const [c, v] of Object.entries(s.perCategory)) if (v.tp + v.fn + v.fp > 0) categories[c] = { precision: down(v.precision), recall: down(v.recall) };
  floors[corpus.file] = { cleanWarned: up(s.cleanWarned / Math.max(1, s.cleanPosts)), breachSilent: up(s.breachSilent / Math.max(1, s.breachPosts)), categories };
}
writeFileSync('tests/corpus/floors.ts', `/** Written by scripts/set-floors.ts from measured figures; see tests/rules/corpus.test.ts. */\nexport const FLOORS: Record<string, { cleanWarned: number; breachSilent: number; categories: Record<string, { precision: number; recall: number }> }> = ${JSON.stringify(floors, null, 2)};\n`);
console.log(`floors for ${CORPORA.length} corpora written`);

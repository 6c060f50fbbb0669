/** Why the models decided what they did on one post: `npx tsx scripts/explain.ts "text" [pack.json]`. */
import { findCues } from '../rules/check';
import { compilePack } from '../rules/compile';
import { gatherEvidence } from '../rules/judge/evidence/features';
import { MODELLED, scoreEvidence } from '../rules/judge/evidence/model';
import { MODELS } from '../rules/judge/evidence/weights';
import { demoPack } from '../rules';
import { readPack } from '../tests/corpus/load';

const [text, packFile] = process.argv.slice(2);
const c = compilePack(packFile ? readPack(packFile) : demoPack);
const run = findCues(c, text!);
for (const f of run.out) console.log(`cue ${f.category} ${f.severity} ${f.ruleId} "${f.match}"`);
for (const n of run.nameCandidates) console.log(`name candidate ${n.role} reads-as-name=${n.readsAsName} kept=${n.kept}`);
const evidence = gatherEvidence(run, run.out, c.termIds);
for (const category of MODELLED) {
  const model = MODELS[category];
  const { probability } = scoreEvidence(model, evidence);
  const top = [...evidence.features.keys()].map((f) => [f, model.weights[f] ?? 0] as const).filter(([, w]) => w).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 8);
  console.log(`${category}: p=${probability.toFixed(3)} (warn ${model.warn}, veto ${model.low}) ${top.map(([f, w]) => `${f}=${w}`).join(' ')}`);
}

/** Prints a corpus's scores and every mistake: `npx tsx scripts/corpus-report.ts tests/corpus/dev.jsonl`. */
import { compile, demoPack } from '../rules';
import { formatScore, loadCorpus, score } from '../tests/rules/corpus-score';

const file = process.argv[2] ?? 'tests/corpus/dev.jsonl';
const only = process.argv[3];
const s = score(compile(demoPack), loadCorpus(file));
console.log(formatScore(file, s));
for (const m of s.mistakes) {
  if (only && !m.missed.includes(only as never) && !m.extra.includes(only as never)) continue;
  console.log(`\n${m.id}  missed: ${m.missed.join(',') || '-'}  extra: ${m.extra.join(',') || '-'}\n  ${m.text.slice(0, 600)}`);
  for (const f of m.findings) console.log(`    ${f.category} ${f.severity} ${f.ruleId} "${f.match}"`);
}

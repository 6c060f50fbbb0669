/**
 * Prints the engine's figures on every corpus: `npx tsx scripts/corpus-report.ts [FILE [CATEGORY]] [--rules-only]`.
 * Naming a `train` corpus also prints its mistakes (optionally only those of one category).
 * Sealed corpora print aggregates only: their mistakes are never shown, so nobody tunes on them.
 * `--rules-only` scores the cue rules without the judgement models (the engine before them).
 */
import { findCues } from '../rules/check';
import { settle } from '../rules/judge/settle';
import { CORPORA } from '../tests/corpus/corpora';
import { compiledFor } from '../tests/corpus/load';
import { checkerFor, formatRates, formatScore, scoreCorpus } from '../tests/rules/corpus-score';

const args = process.argv.slice(2);
const rulesOnly = args.includes('--rules-only');
const [file, only] = args.filter((a) => !a.startsWith('--'));
const check = (pack: string, text: string) => {
  if (!rulesOnly) return checkerFor(pack).check(text);
  const run = findCues(compiledFor(pack), text);
  return text.trim() ? settle(run.out, run.allow) : [];
};

for (const corpus of CORPORA.filter((c) => !file || c.file === file)) {
  const s = scoreCorpus(corpus, check);
  const name = `${corpus.file} [${corpus.role}]`;
  if (corpus.role === 'sealed') { console.log(formatScore(name, { ...s, mistakes: [] })); continue; }
  console.log(file ? formatScore(name, s) : formatRates(name, s));
  if (!file) continue;
  for (const m of s.mistakes) {
    if (only && !m.missed.includes(only as never) && !m.extra.includes(only as never)) continue;
    console.log(`\n${m.id}  missed: ${m.missed.join(',') || '-'}  extra: ${m.extra.join(',') || '-'}\n  ${m.text.slice(0, 600)}`);
    for (const f of m.findings) console.log(`    ${f.category} ${f.severity} ${f.ruleId} "${f.match}"`);
  }
}

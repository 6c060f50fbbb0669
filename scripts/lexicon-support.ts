/**
 * Prints each lexicon entry's support in the training corpora (authors/posts it matches):
 * `npx tsx scripts/lexicon-support.ts [--weak]` (`--weak`: only entries fewer than two authors use).
 */
import { lexiconSupport } from '../tests/rules/lexicon-support';

const weak = process.argv.includes('--weak');
const all = lexiconSupport();
for (const s of all) {
  if (weak && s.authors.size >= 2) continue;
  console.log(`${s.list.id}\t${s.list.source}\t${s.authors.size}/${s.posts}\t${s.entry}`);
}
const general = all.filter((s) => s.list.source === 'general').length;
console.log(`${all.length} entries in ${new Set(all.map((s) => s.list)).size} lists: ${general} general, ${all.length - general} corpus, ` +
  `${all.filter((s) => s.list.source === 'corpus' && s.authors.size < 2).length} corpus entries seen in fewer than two authors' posts`);

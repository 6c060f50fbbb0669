/** Scores the engine on a labelled corpus (see tests/corpus/README.md for the rules). */
import { type Category, type Checker, type Finding, TEXT_CATEGORIES } from '../../rules';
import { runCheck } from '../../rules/check';
import type { Corpus } from '../corpus/corpora';
import { type Post, compiledFor, postsWithPacks } from '../corpus/load';

export type { Post } from '../corpus/load';
export { readPosts as loadCorpus } from '../corpus/load';

export interface CategoryScore { tp: number; fp: number; fn: number; precision: number; recall: number }

export interface Score {
  posts: number;
  perCategory: Record<string, CategoryScore>;
  cleanPosts: number;
  /** Clean posts on which the dialog would open (a finding at medium or high). */
  cleanWarned: number;
  breachPosts: number;
  /** Posts with a breach on which the dialog would stay shut (nothing at medium or high). */
  breachSilent: number;
  /** Minimal pairs (posts sharing a `pair`, checked against one pack) with both sides judged right. */
  pairs: { right: number; all: number };
  mistakes: { id: string; text: string; missed: Category[]; extra: Category[]; findings: Finding[] }[];
}

/** The engine for a pack file, on the shared compiled pack (tests/corpus/load.ts). */
export function checkerFor(packFile: string): Checker {
  const c = compiledFor(packFile);
  return { pack: c.pack, tables: c.tables, check: (text) => runCheck(c, text) };
}

/** Scores a corpus against its pack (everyday posts: against every pack, each a separate trial). */
export function scoreCorpus(corpus: Corpus, check: (pack: string, text: string) => Finding[] = (p, t) => checkerFor(p).check(t)): Score {
  return scoreFindings(postsWithPacks(corpus).map(({ post, pack }) => ({ post, pack, findings: check(pack, post.text) })));
}

export function score(checker: Checker, posts: Post[]): Score {
  return scoreFindings(posts.map((post) => ({ post, findings: checker.check(post.text) })));
}

function scoreFindings(results: { post: Post; findings: Finding[]; pack?: string }[]): Score {
  const per: Record<string, CategoryScore> = Object.fromEntries(TEXT_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 }]));
  const mistakes: Score['mistakes'] = [];
  let cleanPosts = 0, cleanWarned = 0, breachPosts = 0, breachSilent = 0;
  const pairWrong = new Map<string, boolean>();
  for (const { post, findings, pack } of results) {
    const found = new Set(findings.map((f) => f.category));
    const foundAboveLow = new Set(findings.filter((f) => f.severity !== 'low').map((f) => f.category));
    const expected = new Set(post.expect);
    const lowOk = new Set(post.low ?? []);
    const missed: Category[] = [];
    const extra: Category[] = [];
    for (const c of TEXT_CATEGORIES) {
      const s = per[c]!;
      if (expected.has(c)) {
        if (found.has(c)) s.tp++;
        else { s.fn++; missed.push(c); }
      } else if (lowOk.has(c) ? foundAboveLow.has(c) : found.has(c)) {
        s.fp++;
        extra.push(c);
      }
    }
    if (expected.size === 0) {
      cleanPosts++;
      if (foundAboveLow.size > 0) cleanWarned++;
    } else {
      breachPosts++;
      if (foundAboveLow.size === 0) breachSilent++;
    }
    if (missed.length || extra.length) mistakes.push({ id: post.id, text: post.text, missed, extra, findings });
    if (post.pair) {
      const key = `${post.pair}|${pack}`;
      pairWrong.set(key, (pairWrong.get(key) ?? false) || missed.length > 0 || extra.length > 0);
    }
  }
  const pairs = { all: pairWrong.size, right: [...pairWrong.values()].filter((wrong) => !wrong).length };
  for (const s of Object.values(per)) {
    s.precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
    s.recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  }
  return { posts: results.length, perCategory: per, cleanPosts, cleanWarned, breachPosts, breachSilent, pairs, mistakes };
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '0.0');

/** The two figures the user feels, on one line. */
export function formatRates(name: string, s: Score): string {
  const pairs = s.pairs.all ? `; both sides right in ${s.pairs.right}/${s.pairs.all} minimal pairs (${pct(s.pairs.right, s.pairs.all)}%)` : '';
  return `${name}: ${s.posts} posts; dialog on ${s.cleanWarned}/${s.cleanPosts} clean (${pct(s.cleanWarned, s.cleanPosts)}%); silent on ${s.breachSilent}/${s.breachPosts} breaches (${pct(s.breachSilent, s.breachPosts)}%)${pairs}`;
}

export function formatScore(name: string, s: Score): string {
  const rows = Object.entries(s.perCategory).filter(([, v]) => v.tp + v.fp + v.fn > 0).map(
    ([c, v]) => `  ${c.padEnd(20)} precision ${v.precision.toFixed(3)}  recall ${v.recall.toFixed(3)}  (tp ${v.tp}, fp ${v.fp}, fn ${v.fn})`,
  );
  return [formatRates(name, s), ...rows].join('\n');
}

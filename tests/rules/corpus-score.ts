/** Scores the engine on a labelled corpus (see tests/corpus/README.md for the rules). */
import { readFileSync } from 'node:fs';
import { type Category, type Checker, type Finding, TEXT_CATEGORIES } from '../../rules';

export interface Post { id: string; text: string; expect: Category[]; low?: Category[]; platform?: string; kind?: string; why?: string }

export interface CategoryScore { tp: number; fp: number; fn: number; precision: number; recall: number }

export interface Score {
  posts: number;
  perCategory: Record<string, CategoryScore>;
  cleanPosts: number;
  cleanWarned: number;
  mistakes: { id: string; text: string; missed: Category[]; extra: Category[]; findings: Finding[] }[];
}

export function loadCorpus(path: string): Post[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Post);
}

export function score(checker: Checker, posts: Post[]): Score {
  const per: Record<string, CategoryScore> = Object.fromEntries(TEXT_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 }]));
  const mistakes: Score['mistakes'] = [];
  let cleanPosts = 0;
  let cleanWarned = 0;
  for (const post of posts) {
    const findings = checker.check(post.text);
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
    }
    if (missed.length || extra.length) mistakes.push({ id: post.id, text: post.text, missed, extra, findings });
  }
  for (const s of Object.values(per)) {
    s.precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
    s.recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  }
  return { posts: posts.length, perCategory: per, cleanPosts, cleanWarned, mistakes };
}

export function formatScore(name: string, s: Score): string {
  const rows = Object.entries(s.perCategory).map(
    ([c, v]) => `  ${c.padEnd(20)} precision ${v.precision.toFixed(3)}  recall ${v.recall.toFixed(3)}  (tp ${v.tp}, fp ${v.fp}, fn ${v.fn})`,
  );
  const warned = s.cleanPosts ? ((100 * s.cleanWarned) / s.cleanPosts).toFixed(1) : '0.0';
  return [`${name}: ${s.posts} posts, ${s.cleanPosts} clean, ${s.cleanWarned} clean posts warned (${warned}%)`, ...rows].join('\n');
}

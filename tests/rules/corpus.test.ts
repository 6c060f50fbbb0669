/**
 * The labelled corpus: precision and recall per category, printed every run. The floors below
 * are regression guards (what the engine reached when they were set), not the aims; the aims
 * are precision ≥ 0.97 and recall ≥ 0.95 per category with ≤ 2% of clean posts warned.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, demoPack } from '../../rules';
import { formatScore, loadCorpus, score } from './corpus-score';

const checker = compile(demoPack);

const corpora = [
  // Developed against: tight floors. (dev.jsonl's labeller never counts a named child as work
  // talk; dev2's and the hold-out's do, so the engine notes it quietly and dev pays in precision.)
  { file: 'tests/corpus/dev.jsonl', precision: 0.8, recall: 0.9, cleanWarned: 0.05 },
  { file: 'tests/corpus/dev2.jsonl', precision: 0.85, recall: 0.85, cleanWarned: 0.05 },
  // Fresh wordings of digs, where-you-work and campaigning.
  { file: 'tests/corpus/dev4.jsonl', precision: 0.6, recall: 0.75, cleanWarned: 0.08 },
  // Mostly clean everyday posts: the false-alarm check.
  { file: 'tests/corpus/dev3.jsonl', precision: 0.6, recall: 0.85, cleanWarned: 0.04 },
  // Never tuned on: loose floors, the figures are what matter.
  { file: 'tests/corpus/holdout.jsonl', precision: 0.6, recall: 0.35, cleanWarned: 0.2 },
].filter((c) => existsSync(c.file));

describe.each(corpora)('corpus $file', ({ file, precision, recall, cleanWarned }) => {
  const s = score(checker, loadCorpus(file));
  console.log(formatScore(file, s));

  it('has a few hundred labelled posts with clean ones among them', () => {
    expect(s.posts).toBeGreaterThanOrEqual(150);
    expect(s.cleanPosts).toBeGreaterThanOrEqual(50);
    expect(s.posts - s.cleanPosts).toBeGreaterThanOrEqual(50);
  });

  it.each(Object.entries(s.perCategory))(`%s stays above its floors`, (_category, v) => {
    expect(v.tp + v.fn).toBeGreaterThan(0);
    expect(v.precision).toBeGreaterThanOrEqual(precision);
    expect(v.recall).toBeGreaterThanOrEqual(recall);
  });

  it('warns few clean posts', () => {
    expect(s.cleanWarned / s.cleanPosts).toBeLessThanOrEqual(cleanWarned);
  });
});

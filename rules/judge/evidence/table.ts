/**
 * The judged categories' models as one table, for checks: a post's feature is looked up once
 * for every model, and its words and word pairs without building their names. Scores exactly
 * as scoreEvidence does (the same weights added in the same order), only sooner: a feature no
 * model weighs is never stored.
 */
import type { Run } from '../../run';
import type { Finding } from '../../types';
import { walkEvidence } from './features';
import { type ModelledCategory, type Models, MODELLED, type Score, scoreOf } from './model';

/** A post's features that some model weighs: row → its sentences, in the order they were first met. */
export type KnownEvidence = Map<number, number[]>;

export class WeightTable {
  /** weights[row * MODELLED.length + model]; NaN where the model does not weigh the feature. */
  private readonly weights: Float64Array;
  private readonly rows = new Map<string, number>();
  private readonly words = new Map<string, number>();
  private readonly pairs = new Map<string, Map<string, number>>();

  constructor(private readonly models: Models) {
    const names = [...new Set(MODELLED.flatMap((c) => Object.keys(models[c].weights)))];
    this.weights = new Float64Array(names.length * MODELLED.length).fill(NaN);
    names.forEach((name, row) => {
      MODELLED.forEach((c, m) => { const w = models[c].weights[name]; if (w !== undefined) this.weights[row * MODELLED.length + m] = w; });
      if (name.startsWith('w:')) this.words.set(name.slice(2), row);
      else if (name.startsWith('b:') && name.indexOf(' ') === name.lastIndexOf(' ') && name.includes(' ')) {
        // A pair's words hold no space, so the one space splits it.
        const space = name.indexOf(' ');
        const first = name.slice(2, space);
        let after = this.pairs.get(first);
        if (!after) this.pairs.set(first, (after = new Map()));
        after.set(name.slice(space + 1), row);
      } else this.rows.set(name, row);
    });
  }

  /** The post's features some model weighs (walkEvidence's order, gatherEvidence's sentences). */
  known(run: Run, cues: Finding[], termIds: Set<string>): KnownEvidence {
    const found: KnownEvidence = new Map();
    const add = (row: number | undefined, sentence: number) => {
      if (row === undefined) return;
      const at = found.get(row);
      if (!at) found.set(row, [sentence]);
      else if (at[at.length - 1] !== sentence) at.push(sentence);
    };
    walkEvidence(run, cues, termIds, {
      word: (w, s) => add(this.words.get(w), s),
      pair: (a, b, s) => add(this.pairs.get(a)?.get(b), s),
      other: (name, s) => add(this.rows.get(name), s),
    });
    return found;
  }

  /** scoreEvidence(models[category], evidence), from the known features. */
  score(category: ModelledCategory, evidence: KnownEvidence): Score {
    const m = MODELLED.indexOf(category);
    const n = MODELLED.length;
    let logit = this.models[category].bias;
    const perSentence = new Map<number, number>();
    for (const [row, sentences] of evidence) {
      const w = this.weights[row * n + m]!;
      if (Number.isNaN(w)) continue;
      logit += w;
      for (const s of sentences) if (s >= 0) perSentence.set(s, (perSentence.get(s) ?? 0) + w);
    }
    return scoreOf(logit, perSentence);
  }
}

const tables = new WeakMap<Models, WeightTable>();

export function weightTable(models: Models): WeightTable {
  let table = tables.get(models);
  if (!table) tables.set(models, (table = new WeightTable(models)));
  return table;
}

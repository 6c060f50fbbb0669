/**
 * The judgement models: one logistic regression per category that needs judgement, trained
 * offline by scripts/train-judges.ts from the labelled corpora of several independent authors
 * (weights in weights.json, checked in). A post's score is the sum of the weights of the
 * features it shows; `warn` and `low` are the thresholds calibrated on posts each model was not
 * trained on (leave-one-author-out). The models do not replace the cue rules' reading: they
 * overrule it when sure it is wrong, and add to it when sure it missed something.
 */
import type { Evidence } from './features';

export const MODELLED = ['derogatory', 'work-talk', 'political-religious', 'personal-info', 'confidential'] as const;
export type ModelledCategory = (typeof MODELLED)[number];

export interface CategoryModel {
  bias: number;
  /** Where the cue rules found nothing worth a warning: the probability at which the model finds it. */
  warn: number;
  /** Where the cue rules found it: the probability below which the model overrules them. */
  low: number;
  weights: Record<string, number>;
}

/** One model per judged category, and `name`: is a first name that is also a word used as a name. */
export type Models = Record<ModelledCategory | 'name', CategoryModel>;

export interface Score {
  probability: number;
  /** The sentence whose features weigh most for the category, or -1. */
  sentence: number;
}

// A model's weights as a Map: looking up a post's many feature names in a large plain object costs more.
const weightMaps = new WeakMap<Record<string, number>, Map<string, number>>();
function weightsOf(model: CategoryModel): Map<string, number> {
  let map = weightMaps.get(model.weights);
  if (!map) weightMaps.set(model.weights, (map = new Map(Object.entries(model.weights))));
  return map;
}

export function scoreEvidence(model: CategoryModel, evidence: Evidence): Score {
  let logit = model.bias;
  const perSentence = new Map<number, number>();
  const weights = weightsOf(model);
  for (const [name, sentences] of evidence.features) {
    const w = weights.get(name);
    if (w === undefined) continue;
    logit += w;
    for (const s of sentences) if (s >= 0) perSentence.set(s, (perSentence.get(s) ?? 0) + w);
  }
  return scoreOf(logit, perSentence);
}

/** A model's logit as a probability, and the sentence whose features weighed most (-1 when none did). */
export function scoreOf(logit: number, perSentence: Map<number, number>): Score {
  let sentence = -1;
  let best = 0;
  for (const [s, w] of perSentence) if (w > best) { best = w; sentence = s; }
  return { probability: 1 / (1 + Math.exp(-logit)), sentence };
}

/** The probability for a plain list of features (no sentences to attribute). */
export function scoreFeatures(model: CategoryModel, features: string[]): number {
  let logit = model.bias;
  const weights = weightsOf(model);
  for (const name of features) logit += weights.get(name) ?? 0;
  return 1 / (1 + Math.exp(-logit));
}

/**
 * weights.json as stored: one list of feature names shared by every model, and each model's
 * weights in that order (0 where the model does not use the feature). The models share most of
 * their words and cue pairs, so this is about a third of a name beside every weight.
 */
export interface PackedModels {
  features: string[];
  models: Record<string, { bias: number; warn: number; low: number; weights: number[] }>;
}

export function packModels(models: Record<string, CategoryModel>): PackedModels {
  const features = [...new Set(Object.values(models).flatMap((m) => Object.keys(m.weights)))].sort();
  const packed: PackedModels['models'] = {};
  for (const [name, m] of Object.entries(models)) packed[name] = { bias: m.bias, warn: m.warn, low: m.low, weights: features.map((f) => m.weights[f] ?? 0) };
  return { features, models: packed };
}

export function unpackModels(packed: PackedModels): Models {
  const models: Record<string, CategoryModel> = {};
  for (const [name, m] of Object.entries(packed.models)) {
    const weights: Record<string, number> = {};
    m.weights.forEach((w, i) => { if (w !== 0) weights[packed.features[i]!] = w; });
    models[name] = { bias: m.bias, warn: m.warn, low: m.low, weights };
  }
  return models as Models;
}

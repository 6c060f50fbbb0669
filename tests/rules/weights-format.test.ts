/** weights.json stores one shared feature list and each model's weights in its order; reading it back loses nothing. */
import { describe, expect, it } from 'vitest';
import { type CategoryModel, MODELLED, packModels, unpackModels } from '../../rules/judge/evidence/model';
import { MODELS } from '../../rules/judge/evidence/weights';

describe('weights.json', () => {
  it('packs and unpacks models without losing a weight', () => {
    const models: Record<string, CategoryModel> = {
      derogatory: { bias: -1.5, warn: 0.8, low: 0.4, weights: { 'w:lazy': 0.25, 'p:insult+role': 1.3 } },
      name: { bias: 0.2, warn: 0.5, low: 0.1, weights: { 'n:cap': 0.7, 'w:lazy': -0.05 } },
    };
    const packed = packModels(models);
    expect(packed.features).toEqual(['n:cap', 'p:insult+role', 'w:lazy']);
    expect(packed.models.derogatory!.weights).toEqual([0, 1.3, 0.25]);
    expect(unpackModels(packed)).toEqual(models);
  });

  it('holds every model, each with weights', () => {
    for (const name of [...MODELLED, 'name'] as const) {
      expect(Object.keys(MODELS[name].weights).length, name).toBeGreaterThan(50);
      expect(MODELS[name].warn).toBeGreaterThan(0);
    }
  });
});

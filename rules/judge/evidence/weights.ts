/** The trained weights (scripts/train-judges.ts writes weights.json; never edit it by hand). */
import weights from './weights.json';
import { type Models, type PackedModels, unpackModels } from './model';

export const MODELS: Models = unpackModels(weights as unknown as PackedModels);

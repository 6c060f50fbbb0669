/** The trained weights (scripts/train-judges.ts writes weights.json; never edit it by hand). */
import weights from './weights.json';
import type { Models } from './model';

export const MODELS: Models = weights.models as unknown as Models;

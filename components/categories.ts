/** Severity in plain words; category names come from the engine's CATEGORY_LABELS, their one source. */
import type { Severity } from '../rules';

export { CATEGORY_LABELS } from '../rules';

export const SEVERITY_WORDS: Record<Severity, string> = {
  high: 'Serious',
  medium: 'Check',
  low: 'Note',
};

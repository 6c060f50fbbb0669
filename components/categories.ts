/** Severity in plain words; category names come from the engine's CATEGORY_LABELS, their one source. */
import type { Severity } from '../rules/types';

// The data module itself, not rules/index, which would bring the engine into the document_start bundle.
export { CATEGORY_LABELS } from '../rules/categories';

export const SEVERITY_WORDS: Record<Severity, string> = {
  high: 'Important',
  medium: 'Worth a look',
  low: 'Minor',
};

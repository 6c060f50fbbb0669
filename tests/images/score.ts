/** Precision and recall of each picture check over the generated set, from what each picture truly holds. */
import type { Category, Finding } from '../../rules';
import type { ImageReport } from '../../vision/protocol';
import type { Truth } from './cases';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Names of the pictures each check got wrong, for the report. */
  wrong: string[];
}

export type Check = 'logo' | 'text' | 'faces';

const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0, wrong: [] });

/** The categories that count as "the words in this picture matter": what the engine says about the true words. */
export function expectedCategories(truth: Truth, check: (t: string) => Finding[]): Set<Category> {
  return new Set(check(truth.words).filter((f) => f.severity !== 'low').map((f) => f.category));
}

export function score(rows: { name: string; truth: Truth; report: ImageReport }[], check: (t: string) => Finding[]): Record<Check, Tally> {
  const t: Record<Check, Tally> = { logo: empty(), text: empty(), faces: empty() };
  const add = (c: Check, name: string, truth: boolean, said: boolean) => {
    const k = truth ? (said ? 'tp' : 'fn') : said ? 'fp' : 'tn';
    t[c][k]++;
    if (truth !== said) t[c].wrong.push(`${name} (${k})`);
  };
  for (const { name, truth, report } of rows) {
    add('logo', name, truth.logo, report.logo.status === 'done' && report.logo.value.length > 0);
    const want = expectedCategories(truth, check);
    const read = report.text.status === 'done' ? check(report.text.value).filter((f) => f.severity !== 'low') : [];
    // A picture whose words matter counts as found only if the reading finds one of the same kinds.
    add('text', name, want.size > 0, want.size > 0 ? read.some((f) => want.has(f.category)) : read.length > 0);
    add('faces', name, truth.faces, report.faces.status === 'done' && report.faces.value > 0);
  }
  return t;
}

export const precision = (t: Tally) => (t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1);
export const recall = (t: Tally) => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1);

export function table(t: Record<Check, Tally>): string {
  return (Object.keys(t) as Check[])
    .map((c) => `${c.padEnd(6)} precision ${precision(t[c]).toFixed(2)} recall ${recall(t[c]).toFixed(2)}  (tp ${t[c].tp} fp ${t[c].fp} fn ${t[c].fn} tn ${t[c].tn})${t[c].wrong.length ? `  wrong: ${t[c].wrong.join('; ')}` : ''}`)
    .join('\n');
}

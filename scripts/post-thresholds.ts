/**
 * Chooses the judgement models' thresholds for what the user feels, not for each category alone.
 *
 * Each model's F1-best thresholds add up badly: the dialog opens when any category fires, so five
 * categories each a little eager open it on many clean posts, while a breach that breaks two rules
 * stays caught when one of its categories misses. Here the thresholds are searched together, one
 * category at a time over the others' current choice (coordinate descent), to lower the rate of
 * clean posts that open the dialog plus the rate of breaches that pass silently, each averaged over
 * authors so that no author's style, nor the everyday authors' many posts, decides alone.
 * The probabilities are leave-one-author-out, as for the per-category thresholds.
 */
import { type RulesReading, modelFinds } from '../rules/judge/evidence/weigh';

/** One model's reading of one post: its held-out probability, the rules' own reading, and a threat no model overrules. */
export interface Reading { p: number; rules: RulesReading; forced: boolean }

/** One training post, as far as the dialog is concerned. */
export interface PostCase {
  author: string;
  clean: boolean;
  /** A finding no model weighs (a pack term, a name, a phone number) opens the dialog anyway. */
  fixed: boolean;
  readings: Map<string, Reading>;
}

export interface Threshold { warn: number; low: number }
export interface Rates { cleanWarned: number; breachSilent: number; pooledClean: number; pooledSilent: number }

const fires = (r: Reading, t: Threshold) => r.forced || modelFinds(r.p, r.rules, t);

export function postRates(cases: PostCase[], thresholds: Record<string, Threshold>): Rates {
  const dialog = cases.map((c) => c.fixed || [...c.readings].some(([cat, r]) => fires(r, thresholds[cat]!)));
  return ratesOf(cases, dialog);
}

function ratesOf(cases: PostCase[], dialog: boolean[]): Rates {
  const per = new Map<string, { clean: number; warned: number; breaches: number; silent: number }>();
  cases.forEach((c, i) => {
    const a = per.get(c.author) ?? { clean: 0, warned: 0, breaches: 0, silent: 0 };
    if (c.clean) { a.clean++; if (dialog[i]) a.warned++; } else { a.breaches++; if (!dialog[i]) a.silent++; }
    per.set(c.author, a);
  });
  const all = [...per.values()];
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const sum = (f: (a: (typeof all)[number]) => number) => all.reduce((s, a) => s + f(a), 0);
  return {
    cleanWarned: mean(all.filter((a) => a.clean > 0).map((a) => a.warned / a.clean)),
    breachSilent: mean(all.filter((a) => a.breaches > 0).map((a) => a.silent / a.breaches)),
    pooledClean: sum((a) => a.warned) / Math.max(1, sum((a) => a.clean)),
    pooledSilent: sum((a) => a.silent) / Math.max(1, sum((a) => a.breaches)),
  };
}

/**
 * The thresholds that lower clean-warned + silent (author means), from `start`, searching warn over
 * the same grid as the per-category search and vetoes up to `vetoCap`.
 */
export function tuneForPosts(cases: PostCase[], start: Record<string, Threshold>, vetoCap: number, sweeps = 3): Record<string, Threshold> {
  const t: Record<string, Threshold> = Object.fromEntries(Object.entries(start).map(([k, v]) => [k, { ...v }]));
  const cost = (r: Rates) => r.cleanWarned + r.breachSilent;
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let moved = false;
    for (const category of Object.keys(t)) {
      // Posts whose dialog this category cannot change are settled by the others' choice.
      const others = cases.map((c) => c.fixed || [...c.readings].some(([cat, r]) => cat !== category && fires(r, t[cat]!)));
      const dialogWith = (th: Threshold) => cases.map((c, i) => others[i]! || (c.readings.has(category) && fires(c.readings.get(category)!, th)));
      let best = { th: t[category]!, cost: cost(ratesOf(cases, dialogWith(t[category]!))) };
      for (let warn = 0.3; warn < 0.99; warn += 0.02) {
        for (let low = 0; low <= Math.min(warn, vetoCap) + 1e-9; low += 0.02) {
          const th = { warn: Math.round(warn * 100) / 100, low: Math.round(low * 100) / 100 };
          const c = cost(ratesOf(cases, dialogWith(th)));
          if (c < best.cost - 1e-9) best = { th, cost: c };
        }
      }
      if (best.th.warn !== t[category]!.warn || best.th.low !== t[category]!.low) moved = true;
      t[category] = best.th;
    }
    if (!moved) break;
  }
  return t;
}

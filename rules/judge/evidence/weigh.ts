/**
 * Turns the cue judges' findings into decisions for the categories that need judgement. The
 * cues (an insult near a role, a work room, an urging, a workplace lead-in) are evidence, not
 * verdicts: each model weighs them with the post's words and decides whether the category is
 * there, and how strongly. Pack terms, names, links and personal details stay deterministic.
 */
import type { Run } from '../../run';
import type { Finding, Severity } from '../../types';
import { sentenceAt } from './features';
import { type ModelledCategory, type Models, MODELLED } from './model';
import { type KnownEvidence, weightTable } from './table';

/** Is this finding a cue for a modelled category (as opposed to a pack term or a detector)? */
export function isModelledCue(f: Finding, termIds: Set<string>): boolean {
  if (termIds.has(f.ruleId)) return false;
  if (f.category === 'personal-info') return f.ruleId === 'personal-info/workplace';
  return (MODELLED as readonly string[]).includes(f.category);
}

/**
 * "Sure it is wrong" means below the model's own even odds: a veto calibrated higher (on 29
 * authors, derogatory chose 0.68) overruled "Priya is a lazy cow", which the model itself puts
 * above even. scripts/train-judges.ts searches vetoes only up to this.
 */
export const VETO_CAP = 0.5;

/** What the cue rules made of a category on a post: a warning, a quiet note (or an insult they read as negated), nothing. */
export type RulesReading = 'warn' | 'quiet' | 'none';

/**
 * The models' decision, here and in the trainer that calibrates it (scripts/train-judges.ts): the rules' warning stands
 * unless the model is sure it is wrong (below `low`, never above VETO_CAP); where the rules found nothing at all, the
 * model finds it when it is sure (at `warn`); what the rules call a quiet note stays one.
 */
export function modelFinds(probability: number, rules: RulesReading, t: { warn: number; low: number }): boolean {
  if (rules === 'warn') return probability >= Math.min(t.low, VETO_CAP);
  return rules === 'none' && probability >= t.warn;
}

export function weigh(run: Run, found: Finding[], models: Models): Finding[] {
  const termIds = run.c.termIds;
  const table = weightTable(models);
  // Read once, and only if some category is still to be weighed.
  let evidence: KnownEvidence | null = null;
  const out = found.filter((f) => !isModelledCue(f, termIds));
  // Spans of derogatory or confidential cues the models turned down: the work-talk cue made
  // from each ("a dig at the setting is about work") falls with it.
  const rejected = new Set<string>();
  for (const category of DECISION_ORDER) {
    if (!run.c.enabled.has(category)) continue;
    const cues = found.filter((f) => f.category === category && isModelledCue(f, termIds) &&
      !(f.ruleId === 'work-talk/about-work' && rejected.has(spanKey(f))));
    // A pack term or a detector (a phone number, "child protection") already settles it; the
    // cues still show where else the post says so.
    if (out.some((f) => f.category === category)) { out.push(...cues); continue; }
    const model = models[category];
    const { probability, sentence } = table.score(category, (evidence ??= table.known(run, found, termIds)));
    // A quiet note ("long day at work") stays one.
    const rulesWarn = cues.some((f) => f.severity !== 'low');
    // A threat of violence is never overruled: too rare in any corpus to learn, too serious to miss.
    const threat = cues.some((f) => f.ruleId === 'derogatory/threat');
    // Where the rules read the insult as negated, the model has nothing of its own to find.
    const negated = category === 'derogatory' && run.negatedDigs.has(orFirst(run, sentence) ?? -1);
    const present = threat || modelFinds(probability, rulesWarn ? 'warn' : cues.length > 0 || negated ? 'quiet' : 'none', model);
    if (!present) {
      for (const f of cues) if (f.severity === 'low') out.push(f);
      if (DIGS_AND_SECRETS.has(category)) for (const f of cues) rejected.add(spanKey(f));
      continue;
    }
    const severity: Severity = run.c.severity[category];
    if (cues.length > 0) for (const f of cues) out.push(f.severity === 'low' ? f : { ...f, severity });
    else {
      // Point at what carried the weight: a name or the setting in that sentence (one card for
      // "Oliver Brooks": a child's name, and work talk), else the sentence itself.
      const span = namedSpanIn(run, found, sentence) ?? sentenceSpan(run, sentence);
      if (span) out.push(finding(run, category, severity, span));
    }
  }
  return out;
}

// Derogatory and confidential first, so work talk knows which of its derived cues still stand.
const DECISION_ORDER: readonly ModelledCategory[] = ['derogatory', 'confidential', ...MODELLED.filter((c) => c !== 'derogatory' && c !== 'confidential')];
const DIGS_AND_SECRETS: ReadonlySet<ModelledCategory> = new Set(['derogatory', 'confidential']);
const spanKey = (f: Finding) => `${f.start}:${f.end}`;

function finding(run: Run, category: ModelledCategory, severity: Severity, [start, end]: [number, number]): Finding {
  return { category, ruleId: `${category}/model`, severity, start, end, match: run.text.slice(start, end), message: run.c.message[category] };
}

const NAMED: ReadonlySet<string> = new Set(['child-name', 'staff-name', 'setting-name', 'setting-link']);

/** The first name, setting name or link found in the sentence, if any. */
function namedSpanIn(run: Run, found: Finding[], sentence: number): [number, number] | null {
  const s = orFirst(run, sentence);
  const f = found.filter((x) => NAMED.has(x.category) && sentenceAt(run, x.start) === s).sort((a, b) => a.start - b.start || b.end - a.end)[0];
  return f ? [f.start, f.end] : null;
}

/** The original-text range of a sentence's words (the first sentence when none stands out). */
function sentenceSpan(run: Run, sentence: number): [number, number] | null {
  const { tokens } = run;
  const s = orFirst(run, sentence);
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.sentence !== s) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : [tokens[first]!.start, tokens[last]!.end];
}

/** The sentence that weighed most, or the post's first when none stood out (-1). */
function orFirst(run: Run, sentence: number): number | undefined {
  return sentence >= 0 ? sentence : run.tokens[0]?.sentence;
}

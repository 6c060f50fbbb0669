/**
 * Is a first name that is also a word (Rose, Storm, Hunter, Chase) a person here, or the
 * plant, the weather, the telly programme, the dog? The cues around it are weighed by a
 * trained model (`MODELS.name`): the words either side, an initial after it ("Ruby C"), what
 * the sentence and the post are about (work, one's own family, pets, telly), how it is
 * written, and how compromise reads the sentence (usedAsName).
 */
import type { Run } from '../run';
import { scoreFeatures } from './evidence/model';
import { MODELS } from './evidence/weights';

const EMOJI_AFTER = /^\s*\p{Extended_Pictographic}/u;

export function nameSenseFeatures(run: Run, i: number, role: 'child' | 'staff', readsAsName: boolean, ownInitials: Set<string>): string[] {
  const { tokens } = run;
  const t = tokens[i]!;
  const prev = tokens[i - 1]?.sentence === t.sentence ? tokens[i - 1] : undefined;
  const next = tokens[i + 1]?.sentence === t.sentence ? tokens[i + 1] : undefined;
  const f = [`n:role:${role}`, `n:prev:${prev ? prev.text : '^'}`, `n:next:${next ? (next.num ? '<num>' : next.text) : '$'}`];
  if (readsAsName) f.push('n:reads-as-name');
  if (t.cap) f.push(t.sentStart ? 'n:cap-start' : 'n:cap');
  if (t.upper) f.push('n:upper');
  if (t.poss) f.push(t.cap ? 'n:poss' : 'n:poss-lower');
  if (t.tag) f.push('n:tag');
  // "Ruby C", "rose w's mum": an initial after a first name is a surname.
  if (next && next.text.length === 1 && next.text !== 'a' && next.text !== 'i' && !next.num) f.push(ownInitials.has(next.text) ? 'n:own-initial' : 'n:initial');
  if (EMOJI_AFTER.test(run.text.slice(t.end, t.end + 4))) f.push('n:emoji-after');
  for (const [cls, sentence] of run.cues) {
    if (sentence === t.sentence) f.push(`n:s:${cls}`);
    f.push(`n:p:${cls}`);
  }
  for (const k of run.named) if (k !== i && tokens[k]!.sentence === t.sentence) { f.push('n:s:named'); break; }
  return [...new Set(f)];
}

/**
 * The contract's reading (usedAsName: capitals away from a sentence's start, a title, "little",
 * a possessive, compromise) stands unless the model is sure it is a thing (below `low`); a
 * word the reading rejects is a name when the model is sure it is one (at or above `warn`):
 * "Ruby C", "Skye M's mum", "poppy c just asked me".
 */
export function isNameHere(features: string[], readsAsName: boolean): boolean {
  const model = MODELS.name;
  const p = scoreFeatures(model, features);
  return readsAsName ? p >= model.low : p >= model.warn;
}

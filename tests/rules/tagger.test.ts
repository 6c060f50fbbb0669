/**
 * judge/tagger.ts builds compromise/two in steps; every answer must be compromise/two's own. The reference is
 * compromise/two imported as it ships, in a process of its own (tagger-reference.mjs): its whole world (model,
 * lexicon order, hooks, methods) and its tags for a large word list and every sentence opening of the dev corpora.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagger, taggerSteps } from '../../rules/judge/tagger';
import { demoPack } from '../../rules';
// @ts-expect-error: a plain script, shared with the reference process
import { describeTagger } from './tagger-reference.mjs';

const ROOT = join(import.meta.dirname, '../..');

/** Built a step at a time, as the content script builds it. */
function buildInSteps(): { steps: number } {
  const all = taggerSteps();
  let steps = 0;
  for (let s = all.next(); !s.done; s = all.next()) steps++;
  return { steps };
}

function wordList(lexicon: string[]): string[] {
  const words = new Set<string>();
  lexicon.forEach((w, i) => {
    if (i % 3 === 0) words.add(w);
    if (i % 9 === 1) words.add(w.charAt(0).toUpperCase() + w.slice(1));
    if (i % 9 === 2) words.add([...w].reverse().join('')); // mostly not words: the tagger's guesses
  });
  for (const name of [...demoPack.people.children, ...demoPack.people.staff, demoPack.setting.name]) for (const w of name.split(/\s+/)) words.add(w).add(w.toLowerCase());
  return [...words];
}

function phraseList(): string[] {
  const phrases: string[] = [];
  for (const file of ['dev.jsonl', 'dev2.jsonl', 'dev3.jsonl', 'dev4.jsonl']) {
    for (const line of readFileSync(join(ROOT, 'tests/corpus', file), 'utf8').split('\n').filter(Boolean)) {
      const text = (JSON.parse(line) as { text: string }).text;
      phrases.push(text);
      for (const sentence of text.split(/(?<=[.!?])\s+/)) phrases.push(sentence.split(/\s+/).slice(0, 6).join(' '));
    }
  }
  return phrases;
}

type Description = { model: string; lexiconOrder: string[]; hooks: string[]; compute: string[]; methods: Record<string, string[]>; words: string[]; phrases: string[] };

function differences(ours: string[], theirs: string[], items: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(ours.length, theirs.length); i++) if (ours[i] !== theirs[i]) out.push(`${items[i]}: ${ours[i]} ≠ ${theirs[i]}`);
  return out;
}

describe('the tagger built in steps', () => {
  const { steps } = buildInSteps();
  const nlp = tagger();
  const lexicon = Object.keys((nlp.model() as { one: { lexicon: object } }).one.lexicon);
  const words = wordList(lexicon);
  const phrases = phraseList();
  const ours = describeTagger(nlp, words, phrases) as Description;
  const theirs = JSON.parse(
    execFileSync(process.execPath, [join(ROOT, 'tests/rules/tagger-reference.mjs')], { cwd: ROOT, input: JSON.stringify({ words, phrases }), maxBuffer: 1 << 30 }).toString(),
  ) as Description;

  it('is built in many small steps, and once: tagger() then returns the same tagger', () => {
    expect(steps).toBeGreaterThan(100);
    expect(tagger()).toBe(nlp);
    expect(buildInSteps().steps).toBe(0);
  });

  it("has compromise/two's whole model: every lexicon entry in the same order, the conjugation models, the patterns", () => {
    expect(lexicon.length).toBeGreaterThan(20_000);
    expect(ours.lexiconOrder).toEqual(theirs.lexiconOrder);
    expect(ours.model.length).toBe(theirs.model.length);
    expect(ours.model === theirs.model).toBe(true);
  });

  it("has compromise/two's hooks, compute steps and methods", () => {
    expect(ours.hooks).toEqual(theirs.hooks);
    expect(ours.compute).toEqual(theirs.compute);
    expect(ours.methods).toEqual(theirs.methods);
  });

  it(`tags a large word list as compromise/two does`, () => {
    expect(words.length).toBeGreaterThan(10_000);
    expect(differences(ours.words, theirs.words, words)).toEqual([]);
  });

  it('reads every sentence opening and post of the dev corpora as compromise/two does', () => {
    expect(phrases.length).toBeGreaterThan(2_000);
    expect(differences(ours.phrases, theirs.phrases, phrases)).toEqual([]);
  });
});

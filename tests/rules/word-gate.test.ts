/**
 * The word gate (rules/match/word-gate.ts) tries a built-in pattern only at word starts whose
 * first three characters can begin a match: it must find exactly what `matchAll` finds, for
 * every built-in pattern, on the streams of the training corpora and on generated streams.
 */
import { describe, expect, it } from 'vitest';
import * as confidential from '../../rules/lexicon/confidential';
import * as derogatory from '../../rules/lexicon/derogatory';
import { WORD_PATTERNS, words } from '../../rules/lexicon/pattern';
import * as political from '../../rules/lexicon/political';
import * as profanity from '../../rules/lexicon/profanity';
import * as targets from '../../rules/lexicon/targets';
import * as tone from '../../rules/lexicon/tone';
import * as whereYouWork from '../../rules/lexicon/where-you-work';
import * as workTalk from '../../rules/lexicon/work-talk';
import { firstChars, prepareGates, streamMatches, wholeTokenGate } from '../../rules/match/word-gate';
import { fold } from '../../rules/normalise/fold';
import { toStream } from '../../rules/normalise/stream';
import { tokenise } from '../../rules/normalise/tokenise';
import { corporaFor, readPosts } from '../corpus/load';

/** Every global pattern the lexicon exports, and the word lists it exports made into patterns. */
function lexiconPatterns(): [string, RegExp][] {
  const out: [string, RegExp][] = [];
  const visit = (name: string, v: unknown) => {
    if (v instanceof RegExp) { if (v.flags.includes('g')) out.push([name, v]); }
    else if (typeof v === 'string' && name.startsWith('targets.')) out.push([name, words(v)]);
    else if (Array.isArray(v)) v.forEach((x, i) => visit(`${name}[${i}]`, x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(`${name}.${k}`, x);
  };
  for (const [m, mod] of Object.entries({ confidential, derogatory, political, profanity, targets, tone, whereYouWork, workTalk })) {
    for (const [k, v] of Object.entries(mod)) visit(`${m}.${k}`, v);
  }
  return out;
}

const streamOf = (text: string) => toStream(tokenise(fold(text)), fold(text).text);
const byMatchAll = (text: string, re: RegExp) => [...text.matchAll(re)].flatMap((m) => [m.index, m[0].length]);

describe('word gate', () => {
  it.each([
    ['literal words', "(?<=^| )(?:the boss|my manager)(?:'s)?(?= |$)", ['the', 'my ']],
    ['optional words first', '(?:an? |the )?(?:idiot|fool)', ['a i', 'a f', 'an ', 'the', 'idi', 'foo']],
    ['classes and repeats', 'f[u*]+ck|x{2,}|\\d|i', ['fuu', 'fu*', 'fuc', 'f*u', 'f**', 'f*c', 'xx', 'xxx', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'i']],
    ['a wild character past the first three is fine', '(?<!not )(?=so)sob[^ ]+', ['sob']],
    ['a look-around consumes nothing', '(?<!not )(?=so)s[^ ]+', ['s']],
  ])('%s', (_name, source, expected) => {
    // A wild character inside the first three is not: "s" then [^ ] is not listed.
    const got = firstChars(source);
    if (source.includes('s[^ ]')) expect(got).toBeNull();
    else expect([...got!].sort()).toEqual([...expected].sort());
  });

  it('gates every built-in word pattern', () => {
    const gated = lexiconPatterns().filter(([, re]) => re.source.startsWith('(?<=^| )'));
    expect(gated.length).toBeGreaterThan(40);
    for (const [name, re] of gated) expect(firstChars(re.source), name).not.toBeNull();
  });

  it('finds what matchAll finds on every training post and on generated streams', () => {
    const patterns = lexiconPatterns();
    const texts = corporaFor('train').flatMap((c) => readPosts(c.file).map((p) => p.text));
    let s = 5;
    const next = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const vocabulary = ['the', 'my', 'manager', 'is', 'useless', 'i', "i'm", 'work', 'at', 'nursery', 'vote', 'for', 'so', 'f**k', 'a', 'of', 'day', '|', ',', "boss's", 'not', 'love', 'it', 'in', 'our', 'room'];
    for (let n = 0; n < 3_000; n++) texts.push(Array.from({ length: 1 + Math.floor(next() * 14) }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' '));
    let found = 0;
    const differ: string[] = [];
    for (const text of texts) {
      const stream = streamOf(text);
      for (const [name, re] of patterns) {
        const expected = byMatchAll(stream.text, re);
        found += expected.length / 2;
        if (JSON.stringify(streamMatches(stream, re)) !== JSON.stringify(expected)) differ.push(`${name} on ${JSON.stringify(stream.text)}`);
      }
    }
    expect(differ.slice(0, 5)).toEqual([]);
    // The patterns must actually match, or agreeing means nothing.
    expect(found).toBeGreaterThan(5_000);
  }, 120_000);

  it('lets through every token a profane-word rule matches (the whole-token gate)', () => {
    const rules = profanity.PROFANE_WORDS.map((r) => r.re);
    const gate = wholeTokenGate(rules);
    expect(gate).not.toBeNull();
    const tokens = corporaFor('train').flatMap((c) => readPosts(c.file).flatMap((p) => tokenise(fold(p.text)).map((t) => t.text)));
    tokens.push('f*ck', 'fu**', 'f***', 'fk', 'sh*t', 'c*nt', 'a*se', 'ass', 'tw*t', 'git', 'ffs', 'fml', 'spaz', 'wogs', 'bullshit', 'motherfucker', 'café', 'ﬀ');
    const matched = tokens.filter((t) => rules.some((re) => re.test(t)));
    expect(matched.filter((t) => !gate!(t))).toEqual([]);
    // The gate must also keep most words out, or it saves nothing.
    expect(matched.length).toBeGreaterThan(200);
    expect(tokens.filter((t) => gate!(t)).length).toBeLessThan(tokens.length / 5);
  }, 60_000);
  it('makes the gates ahead, one pattern a step, and finds the same matches after (prepareGates)', () => {
    // Every word pattern the lexicon exports was made by words(), so it is among those prepared.
    const all = new Set(WORD_PATTERNS);
    const made = lexiconPatterns().filter(([name, re]) => !name.startsWith('targets.') && re.source.startsWith('(?<=^| )'));
    expect(made.length).toBeGreaterThan(20);
    expect(made.filter(([, re]) => !all.has(re)).map(([name]) => name)).toEqual([]);
    const fresh = [words('(?:rota|staff room) (?:change|meeting)'), words('manager')];
    let steps = 0;
    for (const _ of prepareGates([...WORD_PATTERNS, ...fresh])) steps++;
    // One step for each pattern whose gate no check has made yet (earlier tests made some): at least the two new ones.
    expect(steps).toBeGreaterThanOrEqual(2);
    expect(steps).toBeLessThanOrEqual(WORD_PATTERNS.length);
    // A second pass has nothing left to make.
    expect([...prepareGates(WORD_PATTERNS)].length).toBe(0);
    const stream = streamOf("The rota change again, and the manager's staff room meeting. My manager is useless");
    for (const re of [...WORD_PATTERNS, ...fresh]) expect(streamMatches(stream, re)).toEqual(byMatchAll(stream.text, re));
    expect(streamMatches(stream, fresh[0]!).length).toBe(4);
  });
});

/**
 * The vocabulary is data with a source. An entry written for one development post is a defect:
 * it adds nothing on new posts and raises false alarms. So every entry of every lexicon list
 * (rules/lexicon/*.ts, each alternative on its own) and of every cue class is either general
 * vocabulary (`source: 'general'`, with the list's reason: a swear word, a common insult, a
 * policy term) or supported by posts of at least two authors of the training corpora.
 */
import { describe, expect, it } from 'vitest';
import { findCueClasses } from '../../rules/judge/evidence/cue-finder';
import { CUE_CLASSES } from '../../rules/lexicon/cue-classes';
import { LEXICON } from '../../rules/lexicon/pattern';
import { fold } from '../../rules/normalise/fold';
import { tokenise } from '../../rules/normalise/tokenise';
import { corporaFor, readPosts } from '../corpus/load';
import { lexiconSupport } from './lexicon-support';

describe('lexicon lists', () => {
  it('gives every list an id, a source and a reason, and no entry twice', () => {
    expect(LEXICON.length).toBeGreaterThan(40);
    expect(new Set(LEXICON.map((l) => l.id)).size).toBe(LEXICON.length);
    for (const l of LEXICON) {
      expect(['general', 'corpus']).toContain(l.source);
      expect(l.why.length, l.id).toBeGreaterThan(5);
      // An empty list would be an alternation that matches nothing at every position.
      expect(l.entries.length, l.id).toBeGreaterThan(0);
      expect(new Set(l.entries).size, l.id).toBe(l.entries.length);
      for (const e of l.entries) expect(e.trim(), l.id).not.toBe('');
    }
  });

  it('writes no entry the word stream can never hold: hashtags reach it as words, without the #', () => {
    const dead = LEXICON.flatMap((l) => l.entries.filter((e) => /[#@]/.test(e)).map((e) => `${l.id}: ${e}`));
    expect(dead).toEqual([]);
  });

  it('keeps a corpus entry only while posts of two training authors match it', () => {
    const support = lexiconSupport((l) => l.source === 'corpus', 2);
    const unsupported = support.filter((s) => s.authors.size < 2).map((s) => `${s.list.id}: ${s.entry} (${[...s.authors].join(',') || 'no author'})`);
    expect(unsupported).toEqual([]);
  }, 120_000);
});

describe('cue classes', () => {
  it('gives every class a source and a reason, and no entry twice in a class', () => {
    for (const c of CUE_CLASSES) {
      expect(['general', 'corpus']).toContain(c.source);
      expect(c.why.length, c.id).toBeGreaterThan(5);
      expect(new Set(c.entries).size).toBe(c.entries.length);
    }
  });

  it('keeps a corpus entry only while posts of two training authors use it, and every class is seen by two', () => {
    const entryAuthors = new Map<string, Set<string>>();
    const classAuthors = new Map<string, Set<string>>();
    const note = (map: Map<string, Set<string>>, key: string, author: string) => {
      if (!map.has(key)) map.set(key, new Set());
      map.get(key)!.add(author);
    };
    for (const corpus of corporaFor('train')) {
      for (const post of readPosts(corpus.file)) {
        findCueClasses(tokenise(fold(post.text)), [], (cls, _sentence, _token, entry) => {
          note(classAuthors, cls, corpus.author);
          note(entryAuthors, `${cls}\t${entry}`, corpus.author);
        });
      }
    }
    const unsupported = CUE_CLASSES.filter((c) => c.source === 'corpus').flatMap((c) => c.entries.filter((e) => (entryAuthors.get(`${c.id}\t${e}`)?.size ?? 0) < 2).map((e) => `${c.id}: ${e}`));
    expect(unsupported).toEqual([]);
    for (const c of CUE_CLASSES) expect(classAuthors.get(c.id)?.size ?? 0, c.id).toBeGreaterThanOrEqual(2);
  }, 120_000);
});

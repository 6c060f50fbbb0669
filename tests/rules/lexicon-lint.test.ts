/**
 * The cue vocabulary is data with a source. An entry written for one development post is a
 * defect: it adds nothing on new posts and raises false alarms. So every entry is either
 * general vocabulary (`source: 'general'`, written from the policies and common usage) or
 * supported by posts of at least two authors of the training corpora.
 */
import { describe, expect, it } from 'vitest';
import { findCueClasses } from '../../rules/judge/evidence/cue-finder';
import { CUE_CLASSES } from '../../rules/lexicon/cue-classes';
import { fold } from '../../rules/normalise/fold';
import { tokenise } from '../../rules/normalise/tokenise';
import { corporaFor, readPosts } from '../corpus/load';

describe('cue vocabulary', () => {
  it('gives every class a source, and no entry twice in a class', () => {
    for (const c of CUE_CLASSES) {
      expect(['general', 'corpus']).toContain(c.source);
      expect(new Set(c.entries).size).toBe(c.entries.length);
    }
  });

  it('keeps only entries that are general or that several authors use', () => {
    const authorsOf = new Map<string, Set<string>>();
    for (const corpus of corporaFor('train')) {
      for (const post of readPosts(corpus.file)) {
        const tokens = tokenise(fold(post.text));
        findCueClasses(tokens, [], (cls) => {
          if (!authorsOf.has(cls)) authorsOf.set(cls, new Set());
          authorsOf.get(cls)!.add(corpus.author);
        });
      }
    }
    const unsupported = CUE_CLASSES.filter((c) => c.source !== 'general' && (authorsOf.get(c.id)?.size ?? 0) < 2).map((c) => c.id);
    expect(unsupported).toEqual([]);
    // Every class, general or not, is seen in the corpora of more than one author.
    for (const c of CUE_CLASSES) expect(authorsOf.get(c.id)?.size ?? 0).toBeGreaterThanOrEqual(2);
  });
});

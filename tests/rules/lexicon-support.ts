/**
 * Which training authors' posts each lexicon entry matches (tests/rules/lexicon-lint.test.ts;
 * `npx tsx scripts/lexicon-support.ts` prints it). Training corpora only: sealed ones are never read.
 */
import '../../rules/compile';
import { type EntryList, LEXICON, words } from '../../rules/lexicon/pattern';
import { fold } from '../../rules/normalise/fold';
import { toStream } from '../../rules/normalise/stream';
import { tokenise } from '../../rules/normalise/tokenise';
import { corporaFor, readPosts } from '../corpus/load';

export interface EntrySupport { list: EntryList; entry: string; authors: Set<string>; posts: number }

/**
 * Every entry of every list (or of the lists `which` keeps), with the training authors whose
 * posts it matches; with `enough`, counting stops once that many authors are found.
 */
export function lexiconSupport(which: (list: EntryList) => boolean = () => true, enough = Infinity): EntrySupport[] {
  const streams: { author: string; text: string }[] = [];
  for (const corpus of corporaFor('train')) {
    for (const post of readPosts(corpus.file)) {
      const f = fold(post.text);
      streams.push({ author: corpus.author, text: toStream(tokenise(f), f.text).text });
    }
  }
  const out: EntrySupport[] = [];
  for (const list of LEXICON.filter(which)) {
    for (const entry of list.entries) {
      const re = words(entry);
      const authors = new Set<string>();
      let posts = 0;
      for (const s of streams) {
        if (authors.size >= enough) break;
        re.lastIndex = 0;
        if (re.test(s.text)) { authors.add(s.author); posts++; }
      }
      out.push({ list, entry, authors, posts });
    }
  }
  return out;
}

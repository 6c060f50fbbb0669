/** Reads the corpora and their packs (see corpora.ts); a missing file is an error, never a skip. */
import { existsSync, readFileSync } from 'node:fs';
import { type Category, type Pack, parsePack } from '../../rules';
import { type Compiled, compilePack } from '../../rules/compile';
import { CORPORA, type Corpus, EVERYDAY_PACKS } from './corpora';

export interface Post { id: string; text: string; expect: Category[]; low?: Category[]; platform?: string; kind?: string; why?: string; pair?: string }

export function readPosts(file: string): Post[] {
  if (!existsSync(file)) throw new Error(`corpus file missing: ${file}`);
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try { return JSON.parse(l) as Post; } catch (e) { throw new Error(`${file}:${i + 1}: ${(e as Error).message}`); }
  });
}

interface Fill { pack: unknown; fill: Record<string, string> }

function readFills(file: string): Fill[] {
  if (!existsSync(file)) throw new Error(`fills file missing: ${file}`);
  return JSON.parse(readFileSync(file, 'utf8')) as Fill[];
}

const packs = new Map<string, Pack>();
/** A pack file, or `fills.json#3`: the pack of the fourth filling of a counterfactual set. */
export function readPack(file: string): Pack {
  let pack = packs.get(file);
  if (!pack) {
    const [path, index] = file.split('#');
    if (!existsSync(path!)) throw new Error(`pack file missing: ${path}`);
    const json = index === undefined ? readFileSync(path!, 'utf8') : readFills(path!)[Number(index)]!.pack;
    const result = parsePack(json);
    if (!result.ok) throw new Error(`${file}: ${result.errors.join('; ')}`);
    pack = result.pack;
    packs.set(file, pack);
  }
  return pack;
}

const compiled = new Map<string, Compiled>();
/** A pack file compiled, once: the one cache every corpus script and test shares. */
export function compiledFor(file: string): Compiled {
  let c = compiled.get(file);
  if (!c) { c = compilePack(readPack(file)); compiled.set(file, c); }
  return c;
}

/** A corpus's posts with the pack each is checked against (everyday posts: every pack in turn). */
export function postsWithPacks(corpus: Corpus): { post: Post; pack: string }[] {
  const posts = readPosts(corpus.file);
  if (corpus.pack) return posts.map((post) => ({ post, pack: corpus.pack! }));
  if (corpus.fills) {
    const fills = readFills(corpus.fills);
    return fills.flatMap(({ fill }, i) => posts.map((post) => ({
      post: { ...post, text: post.text.replace(/\{(\w+)\}/g, (slot, name: string) => fill[name] ?? slot) },
      pack: `${corpus.fills}#${i}`,
    })));
  }
  return posts.flatMap((post) => EVERYDAY_PACKS.map((pack) => ({ post, pack })));
}

export const corporaFor = (role: Corpus['role']) => CORPORA.filter((c) => c.role === role);

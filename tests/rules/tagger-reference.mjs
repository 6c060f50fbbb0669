/**
 * What compromise gives, written out for tests/rules/tagger.test.ts: its whole world (model, hooks, methods,
 * compute) and its tags for a word list and some sentence openings. Run as a script it describes compromise/two
 * itself, imported as compromise ships it, in a process of its own (compromise keeps one world per process).
 * Words and phrases come as JSON on stdin; the description goes to stdout.
 */
import { pathToFileURL } from 'node:url';

const plain = (value) =>
  JSON.stringify(value, (_key, v) => (v instanceof RegExp ? { regex: v.source, flags: v.flags } : typeof v === 'function' ? `function ${v.name}` : v));

const terms = (json) => json.map((s) => s.terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, normal: t.normal, tags: t.tags, switch: t.switch, chunk: t.chunk })));

/** The tags first, then the world: the first tagging parses the post-tagger's patterns into the model, in both. */
export function describeTagger(nlp, words, phrases) {
  const tagged = {
    words: words.map((w) => plain(terms(nlp(w).json()))),
    phrases: phrases.map((p) => plain([terms(nlp(p).json()), terms(nlp(p).terms().json()), nlp(p).has('#Adjective'), nlp(p).has('#Adverb')])),
  };
  const world = nlp.world();
  const keys = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Object.keys(v ?? {})]));
  return {
    model: plain(world.model),
    lexiconOrder: Object.keys(world.model.one.lexicon),
    hooks: world.hooks,
    compute: Object.keys(world.compute),
    methods: keys(world.methods),
    ...tagged,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { default: nlp } = await import('compromise/two');
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const { words, phrases } = JSON.parse(input);
  process.stdout.write(JSON.stringify(describeTagger(nlp, words, phrases)));
}

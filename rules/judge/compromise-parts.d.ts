/** Types for compromise-parts.js: compromise's internals are untyped, so tagger.ts treats them as loose data and functions. */
import type nlpTwo from 'compromise/two';

type Loose = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Fn = (...args: Loose[]) => Loose;
type Plugin = Record<string, Loose>;

/** compromise/one: the tokenizer; tagger.ts adds the two-plugins, so its type is compromise/two's. */
export const nlp: typeof nlpTwo & { plugin(p: Plugin): unknown; _world: Loose };
/** sweep's buildNet/01-parse.js: parses match patterns in place (each object's regs, needs, wants). */
export const parseMatches: (matches: Loose[], world: Loose) => Loose[];
export const preTagMethods: Loose;
export const preTagCompute: Loose;
export const preTagTags: Loose;
export const byTag: Record<string, Fn>;
export const toPlural: Fn;
export const conjugate: Fn;
export const toSuperlative: Fn;
export const toComparative: Fn;
export const toInfinitive: Fn;
export const irregularPlurals: Record<string, string>;
export const lexData: Record<string, string>;
export const misc: Record<string, Loose>;
export const frozenLex: Record<string, Loose>;
export const emoticons: string[];
export const clues: Loose;
export const suffixPatterns: Loose;
export const prefixPatterns: Loose;
export const endsWith: Loose;
export const neighbours: Loose;
export const modelData: Record<string, Loose>;
export const regexNormal: Loose;
export const regexText: Loose;
export const regexNumbers: Loose;
export const orgWords: Loose;
export const placeWords: Loose;
export const contractionTwo: Plugin;
export const postTag: Plugin;
export const lazy: Plugin;
export const swap: Plugin;
export const unpack: (packed: string) => Record<string, true>;
export const reverse: Fn;
export const uncompress: Fn;

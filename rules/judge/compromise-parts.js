/**
 * compromise's own pieces, imported one by one so tagger.ts can assemble compromise/two in steps (see there).
 * Only code and packed data: nothing here unpacks or expands anything when imported.
 */
export { default as nlp } from '../../node_modules/compromise/src/one.js';
export { default as parseMatches } from '../../node_modules/compromise/src/1-one/sweep/methods/buildNet/01-parse.js';
export { default as preTagMethods } from '../../node_modules/compromise/src/2-two/preTagger/methods/index.js';
export { default as preTagCompute } from '../../node_modules/compromise/src/2-two/preTagger/compute/index.js';
export { default as preTagTags } from '../../node_modules/compromise/src/2-two/preTagger/tagSet/index.js';
export { default as byTag } from '../../node_modules/compromise/src/2-two/preTagger/methods/expand/byTag.js';
export { default as toPlural } from '../../node_modules/compromise/src/2-two/preTagger/methods/transform/nouns/toPlural/index.js';
export { default as conjugate } from '../../node_modules/compromise/src/2-two/preTagger/methods/transform/verbs/conjugate/index.js';
export { toSuperlative, toComparative } from '../../node_modules/compromise/src/2-two/preTagger/methods/transform/adjectives/inflect.js';
export { default as toInfinitive } from '../../node_modules/compromise/src/2-two/preTagger/methods/transform/verbs/toInfinitive/index.js';
export { default as irregularPlurals } from '../../node_modules/compromise/src/2-two/preTagger/model/irregulars/plurals.js';
export { default as lexData } from '../../node_modules/compromise/src/2-two/preTagger/model/lexicon/_data.js';
export { default as misc } from '../../node_modules/compromise/src/2-two/preTagger/model/lexicon/misc.js';
export { default as frozenLex } from '../../node_modules/compromise/src/2-two/preTagger/model/lexicon/frozenLex.js';
export { default as emoticons } from '../../node_modules/compromise/src/2-two/preTagger/model/lexicon/emoticons.js';
export { default as clues } from '../../node_modules/compromise/src/2-two/preTagger/model/clues/index.js';
export { default as suffixPatterns } from '../../node_modules/compromise/src/2-two/preTagger/model/patterns/suffixes.js';
export { default as prefixPatterns } from '../../node_modules/compromise/src/2-two/preTagger/model/patterns/prefixes.js';
export { default as endsWith } from '../../node_modules/compromise/src/2-two/preTagger/model/patterns/endsWith.js';
export { default as neighbours } from '../../node_modules/compromise/src/2-two/preTagger/model/patterns/neighbours.js';
export { default as modelData } from '../../node_modules/compromise/src/2-two/preTagger/model/models/_data.js';
export { default as regexNormal } from '../../node_modules/compromise/src/2-two/preTagger/model/regex/regex-normal.js';
export { default as regexText } from '../../node_modules/compromise/src/2-two/preTagger/model/regex/regex-text.js';
export { default as regexNumbers } from '../../node_modules/compromise/src/2-two/preTagger/model/regex/regex-numbers.js';
export { default as orgWords } from '../../node_modules/compromise/src/2-two/preTagger/model/orgWords.js';
export { default as placeWords } from '../../node_modules/compromise/src/2-two/preTagger/model/placeWords.js';
export { default as contractionTwo } from '../../node_modules/compromise/src/2-two/contraction-two/plugin.js';
export { default as postTag } from '../../node_modules/compromise/src/2-two/postTagger/plugin.js';
export { default as lazy } from '../../node_modules/compromise/src/2-two/lazy/plugin.js';
export { default as swap } from '../../node_modules/compromise/src/2-two/swap/plugin.js';
export { unpack } from 'efrt';
export { reverse, uncompress } from 'suffix-thumb';

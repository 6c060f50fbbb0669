/**
 * The checking engine, as its own content script at document_idle: evaluating it (compromise's lexicon, the pack
 * tables) costs ~100 ms, which at document_start would hold up every page of the site before it could parse.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { compile, demoPack, parsePack } from '../rules';
import { WATCHED_MATCHES } from '../utils/watched-sites';
import { provideEngine } from './composer.content/engine-slot';

export default defineContentScript({
  matches: WATCHED_MATCHES,
  runAt: 'document_idle',
  main() {
    provideEngine({ compile, demoPack, parsePack });
  },
});

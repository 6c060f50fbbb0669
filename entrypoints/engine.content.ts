/**
 * The checking engine, injected by the background only when a composer is first used (utils/engine-load.ts):
 * evaluating it (compromise's lexicon, the pack tables) costs a few hundred ms, which no page that is only read
 * should pay. `registration: 'runtime'` keeps it out of the manifest's content scripts; the matches become host
 * permissions, which the injection needs.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { builtInDemoPack, compile, compileInSteps, loadTablesInSteps, parsePack, parsePackInSteps, prepareInSteps, storeTables } from '../rules';
import { WATCHED_MATCHES } from '../utils/watched-sites';
import { provideEngine } from './composer.content/engine-slot';

export default defineContentScript({
  matches: WATCHED_MATCHES,
  registration: 'runtime',
  main() {
    provideEngine({
      compile,
      compileInSteps,
      prepareInSteps,
      // Validated when first read (no pack stored), not as the script is evaluated.
      get demoPack() {
        return builtInDemoPack();
      },
      parsePack,
      parsePackInSteps,
      loadTablesInSteps,
      storeTables,
    });
  },
});

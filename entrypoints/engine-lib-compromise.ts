/** compromise's pieces for the engine's tagger, in a script (and so a task) of its own: utils/engine-libs.ts. */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as parts from '../rules/judge/compromise-parts.js';
import { provideLib } from '../utils/engine-libs';

export default defineUnlistedScript(() => provideLib('compromise', parts));

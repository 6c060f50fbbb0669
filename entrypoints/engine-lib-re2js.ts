/** re2js for the engine, in a script (and so a task) of its own: utils/engine-libs.ts. */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as re2js from 're2js';
import { provideLib } from '../utils/engine-libs';

export default defineUnlistedScript(() => provideLib('re2js', re2js));

/** Runs the whole end-to-end suite in Debian's Chromium with the built extension (.output/chrome-mv3) loaded. */
import { runSuite } from './suite';
import { chromiumFactory } from './harness/chromium';

runSuite(chromiumFactory);

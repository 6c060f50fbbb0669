/** Runs the whole end-to-end suite in Debian's firefox-esr with the built Firefox extension (.output/firefox-mv3) installed. */
import { runSuite } from './suite';
import { firefoxFactory } from './harness/firefox';

runSuite(firefoxFactory);

/** Where the suite's screenshots of the built extension go, to be looked at (not compared: nothing is hard-coded). */
import { resolve } from 'node:path';

export const SHOTS = resolve(import.meta.dirname, '../../../.output/screenshots');

/** Runs every scenario on every surface in Debian's Chromium with the built extension loaded. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { buildFixtures } from './build-fixtures';
import { chromiumDriver } from './harness/chromium';
import type { BrowserDriver } from './harness/driver';
import { CASES, RESEND_IGNORED_CASE, expectNoLeak } from './scenarios';
import { STRICT_SURFACES, SURFACES } from './surfaces';
import { chooseTexts, type Texts } from './texts';

let driver: BrowserDriver;
let texts: Texts;

beforeAll(async () => {
  texts = chooseTexts();
  await buildFixtures();
  driver = await chromiumDriver();
}, 120_000);

afterAll(async () => {
  await driver?.close();
});

describe.each(SURFACES)('$id', (surface) => {
  it.each(CASES)('$name', async (c) => {
    const page = await driver.open(surface.site);
    await c.run(page, surface, texts);
    expectNoLeak(page, [texts.clean, texts.medium, texts.high]);
  }, 30_000);
});

describe.each(STRICT_SURFACES)('$id', (surface) => {
  it(RESEND_IGNORED_CASE.name, async () => {
    const page = await driver.open(surface.site);
    await RESEND_IGNORED_CASE.run(page, surface, texts);
    expectNoLeak(page, [texts.clean, texts.medium]);
  }, 30_000);
});

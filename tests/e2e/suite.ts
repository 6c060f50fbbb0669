/** The whole end-to-end suite for one browser: every case is data, so a case added once runs in Chromium and in Firefox. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { AxeSummary } from './harness/axe';
import { SHOTS } from './harness/screenshots';
import { WARNING_CASES } from './warning-cases';
import type { BrowserDriver, DriverFactory } from './harness/driver';
import { startPackServer } from './harness/pack-server';
import { CASES, DESCRIBED_PAGE, DESCRIPTION_CASES, EARLY_CASES, EARLY_STALLS_MS, RESEND_IGNORED_CASE, expectNoLeak } from './scenarios';
import { ATTACK_CASES } from './page-attacks';
import { PICTURE_CASES } from './picture-cases';
import { STRICT_SURFACES, SURFACES, type Surface } from './surfaces';
import { PHONE_CASES } from './phone-scenarios';
import { chooseTexts, type Texts } from './texts';
import { POLICY_CASES, STORAGE_CASES, packAt, policyKeys, stored, waitFor, type PolicyWorld } from './pack-scenarios';

/** One surface per kind of editor for the cases pressed before the checks have loaded. */
const EARLY_SURFACES = ['x-home', 'fb-comment', 'fb-page', 'ig-comment'];

/** A surface's cases: its own list, else every case that applies (decoys where it has some, Shift+Enter where Enter sends). */
function casesFor(s: Surface) {
  if (s.only) return CASES.filter((c) => s.only!.includes(c.id));
  return CASES.filter((c) => (c.id !== 'decoy' || !!s.decoys?.length) && (c.id !== 'remount' || s.remount.length > 0) && (c.id !== 'shift-enter' || (s.key.keys === 'Enter' && s.key.on === 'editor')));
}

export function runSuite(factory: DriverFactory): void {
  describe('composer', () => {
    let driver: BrowserDriver;
    let texts: Texts;

    beforeAll(async () => {
      texts = chooseTexts();
      driver = await factory.launch();
    }, 120_000);

    afterAll(async () => {
      await driver?.close();
    });

    describe.each(SURFACES)('$id', (surface) => {
      it.each(casesFor(surface))('$name', async (c) => {
        const page = await driver.open(surface.site, surface.path);
        await c.run(page, surface, texts);
        expectNoLeak(page, [texts.clean, texts.medium, texts.high]);
      }, 30_000);
    });

    // One surface per kind of editor (Draft.js, Lexical, a textarea, a two-step post): each case waits out a stalled
    // background (scenarios.ts stallBackground), in both browsers.
    const early = SURFACES.filter((s) => EARLY_SURFACES.includes(s.id));
    describe.each(early)('$id, pressed before the checks have loaded', (surface) => {
      it.each(EARLY_CASES)('$name', async (c) => {
        let took = 0;
        for (const [i, ms] of EARLY_STALLS_MS.entries()) {
          const page = await driver.open(surface.site, surface.path);
          const ran = await c.run(page, surface, texts, await driver.extension(), { ms: Math.min(30_000, Math.max(ms, 3 * took)), last: i === EARLY_STALLS_MS.length - 1 });
          expectNoLeak(page, [texts.clean, texts.medium]);
          if (ran === true) return;
          took = ran;
        }
      }, 120_000);
    });

    describe.each(STRICT_SURFACES)('$id (strict)', (surface) => {
      it(RESEND_IGNORED_CASE.name, async () => {
        const page = await driver.open(surface.site, surface.path);
        await RESEND_IGNORED_CASE.run(page, surface, texts);
        expectNoLeak(page, [texts.clean, texts.medium]);
      }, 30_000);
    });

    describe('a hostile page', () => {
      const surface = SURFACES.find((s) => s.id === 'x-home')!;
      it.each(ATTACK_CASES)('$name', async (c) => {
        const extensionId = await (await driver.extension()).evaluate<string>('ext.runtime.id');
        const page = await driver.open(surface.site);
        await c.run(page, surface, texts, extensionId);
      }, 30_000);
    });

    // Said in the name: headless Firefox sends no touch over WebDriver, so there the phone page gets mouse clicks.
    describe(`on a phone (360 px, ${factory.name === 'firefox' ? 'clicks: headless Firefox sends no touch' : 'touch'})`, () => {
      it.each(PHONE_CASES)('$name', (c) => c.run(driver, texts), 30_000);
    });

    // The other picture cases (logo, clean, paste) are in pictures.test.ts, Chromium only.
    describe('pictures', () => {
      it.each(PICTURE_CASES)('$name', async (c) => {
        await c.run(await driver.open(c.site, c.path));
      }, 90_000);
    });

    describe('descriptions', () => {
      it.each(DESCRIPTION_CASES)('$name', async (c) => {
        await c.run(await driver.open('facebook', DESCRIBED_PAGE));
      }, 30_000);
    });

    describe('the warning, as staff meet it', () => {
      const axe: Record<string, AxeSummary> = {};
      beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
      afterAll(() => console.log(`axe-core on the dialog (${factory.name}): ${JSON.stringify(axe)}`));
      it.each(WARNING_CASES)('$name', async (c) => {
        await c.run({ open: (site, path) => driver.open(site, path), side: await driver.extension(), browser: factory.name, axe });
      }, 60_000);
    });
  });

  // A fresh browser: these cases write the extension's storage, which the composer cases must not inherit.
  describe('packs from storage and from a file', () => {
    let driver: BrowserDriver;
    beforeAll(async () => {
      driver = await factory.launch();
    }, 120_000);
    afterAll(async () => {
      await driver?.close();
    });
    it.each(STORAGE_CASES)('$name', (c) => c.run(driver), 30_000);
  });

  const noPolicy = factory.policyUnavailable();
  // Said, not silent: where the browser's policy cannot be installed, the reason is in the suite's name.
  describe.skipIf(noPolicy !== null)(`a pack from the policy URL, signed${noPolicy ? ` (skipped: ${noPolicy})` : ''}`, () => {
    const world = {} as PolicyWorld;
    let driver: BrowserDriver;
    const timings: Record<string, number> = {};

    beforeAll(async () => {
      const { sign, trustedKey } = await policyKeys();
      world.sign = sign;
      world.server = await startPackServer();
      world.server.serve(JSON.stringify(await sign(packAt(2))));
      const started = Date.now();
      driver = await factory.launch({ policy: { PackUrl: world.server.url, TrustedKeys: [trustedKey] } });
      world.ext = await driver.extension();
      await waitFor('the policy pack to be in force', () => stored(world.ext), (s) => s.version === 2);
      timings['launch → policy pack in force (ms)'] = Date.now() - started;
      world.page = await driver.open('x', '/home');
      world.options = await world.ext.options();
    }, 60_000);

    afterAll(async () => {
      await driver?.close();
      await world.server?.close();
      if (Object.keys(timings).length) console.log(`[policy-pack ${factory.name}]`, JSON.stringify(timings));
    });

    it.each(POLICY_CASES)('$name', (c) => c.run(world), 30_000);
  });
}

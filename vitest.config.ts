import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Four groups: the pure engine (Node), DOM pieces and UI (happy-dom + WXT's fake browser), the picture checks, and
// end-to-end runs of the built extension in real browsers.
export default defineConfig({
  test: {
    // Two files at a time, on the machine's 2 cores (Vitest's default leaves one core idle). Above all the Chromium and
    // Firefox suites (chromium.test.ts, firefox.test.ts: each launches its own browser) run side by side: a browser
    // mostly waits on its pages, and the two together take as long as the longer one instead of both one after the other.
    maxWorkers: 2,
    projects: [
      {
        test: { name: 'unit', environment: 'node', include: ['tests/rules/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/vision/**/*.test.ts'] },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/components/**/*.test.{ts,tsx}', 'tests/content/**/*.test.{ts,tsx}', 'tests/background/**/*.test.{ts,tsx}', 'tests/options/**/*.test.{ts,tsx}'],
        },
      },
      {
        // The picture checks run in the built extension on generated pictures: slow (OCR), so a project of their own.
        test: { name: 'images', environment: 'node', include: ['tests/images/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 180_000, fileParallelism: false },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // The fixture pages (real Draft.js and Lexical) are bundled once for every file of the project.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

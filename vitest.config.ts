import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Four groups: the pure engine (Node), DOM pieces and UI (happy-dom + WXT's fake browser), the picture checks, and
// end-to-end runs of the built extension in real browsers (one file at a time).
export default defineConfig({
  test: {
    // At least two workers even on 2 cores (Vitest's default there is one): the unit, dom and images files share them;
    // the e2e files (fileParallelism off) then run one at a time, after them.
    maxWorkers: Math.max(2, availableParallelism() - 1),
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
        // Its one browser file runs beside the unit and dom files (files with fileParallelism off run after all others).
        test: { name: 'images', environment: 'node', include: ['tests/images/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 180_000 },
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
          fileParallelism: false,
        },
      },
    ],
  },
});

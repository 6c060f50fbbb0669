/**
 * Time per picture for each image check, in the built extension (Chromium, offscreen document): the first
 * (cold) check, then the median of warm checks on a 1080p photo; and the extension's size with its models.
 * Run: npm run bench:images
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { demoPack } from '../rules';
import { extensionChecker } from '../tests/images/extension';
import { loadCvNode, pasteWarped, placement, toJpegDataUrl } from '../tests/images/draw';
import { demoLogo, facePhoto, writeLines } from '../tests/images/scenes';
import type { ImageReport } from '../vision/protocol';

const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function sizeOf(dir: string): number {
  return readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    return n + (statSync(p).isDirectory() ? sizeOf(p) : statSync(p).size);
  }, 0);
}

async function main() {
  const { cv } = await loadCvNode();
  // A 1080p photo of people with the logo on a sign and some words: every check has work to do.
  const photo = facePhoto(cv, 2, 1920, 1080);
  const logo = demoLogo(cv);
  pasteWarped(cv, photo, logo, placement(1650, 200, 160, 160, 6));
  writeLines(cv, photo, ['Sports day at Little Acorns'], 80, 60, 1.6, [255, 255, 255]);
  const image = toJpegDataUrl(photo, 88);
  console.log(`1080p photo: ${(image.length * 0.75 / 1024).toFixed(0)} kB JPEG`);

  const checker = await extensionChecker();
  const runs: { ms: number; report: ImageReport }[] = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      const t = performance.now();
      const reply = await checker.check(image, demoPack.setting.logos);
      if (!reply.ok) throw new Error(reply.reason);
      runs.push({ ms: performance.now() - t, report: reply.report });
    }
  } finally {
    await checker.close();
  }
  const [cold, ...warm] = runs;
  const row = (name: string, pick: (r: { ms: number; report: ImageReport }) => number) =>
    console.log(`${name.padEnd(28)} cold ${pick(cold).toFixed(0).padStart(5)} ms   warm median ${median(warm.map(pick)).toFixed(0).padStart(5)} ms`);
  row('logo (ORB + homography)', (r) => r.report.logo.ms);
  row('words (Tesseract, 2 views)', (r) => r.report.text.ms);
  row('faces (tiny detector, CPU)', (r) => r.report.faces.ms);
  row('whole check, round trip', (r) => r.ms);
  const last = warm[warm.length - 1].report;
  console.log(`found: logo ${JSON.stringify(last.logo.status === 'done' && last.logo.value.map((h) => h.label))}, faces ${JSON.stringify(last.faces.status === 'done' && last.faces.value)}, words ${JSON.stringify(last.text.status === 'done' && last.text.value)}`);
  const out = join(import.meta.dirname, '../.output/chrome-mv3');
  console.log(`extension size (chrome-mv3): ${(sizeOf(out) / 1024 / 1024).toFixed(2)} MB, of which vision/ ${(sizeOf(join(out, 'vision')) / 1024 / 1024).toFixed(2)} MB`);
}

main();

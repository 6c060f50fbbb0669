/** The build-time patches: OpenCV.js without eval really runs with code generation from strings switched off; CDN defaults are gone. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { patchOpencv } from '../../vision/build/opencv-no-eval';
import { stripCdnDefaults } from '../../vision/build/no-cdn';

const require = createRequire(import.meta.url);
const original = readFileSync(require.resolve('@techstark/opencv-js/dist/opencv.js'), 'utf8');

/** Loads a copy of opencv.js in a Node that forbids eval and new Function (as an extension page's CSP does) and runs ORB. */
function runWithoutEval(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sl-cv-'));
  writeFileSync(join(dir, 'opencv.cjs'), source);
  writeFileSync(join(dir, 'run.cjs'), `const cv = require('./opencv.cjs');
const go = () => { const m = new cv.Mat(120, 120, cv.CV_8UC1, new cv.Scalar(0)); cv.putText(m, 'LA', new cv.Point(10, 90), cv.FONT_HERSHEY_SIMPLEX, 2.5, new cv.Scalar(255), 4);
  const orb = new cv.ORB(200); const kp = new cv.KeyPointVector(); const d = new cv.Mat(); orb.detectAndCompute(m, new cv.Mat(), kp, d); console.log('features', kp.size()); process.exit(0); };
if (cv.Mat) go(); else cv.onRuntimeInitialized = go;`);
  try {
    return execFileSync(process.execPath, ['--disallow-code-generation-from-strings', join(dir, 'run.cjs')], { encoding: 'utf8', stdio: 'pipe', timeout: 60_000 });
  } catch (error) {
    return `failed: ${String((error as { stderr?: string }).stderr ?? error).slice(0, 200)}`;
  }
}

describe('patchOpencv', () => {
  it('leaves no code built from strings', () => {
    expect(original).toMatch(/new Function/);
    expect(patchOpencv(original)).not.toMatch(/new Function|new_\(Function/);
  });

  it('runs ORB where eval is forbidden; the original does not', () => {
    expect(runWithoutEval(patchOpencv(original))).toMatch(/^features [1-9]/);
    expect(runWithoutEval(original)).toMatch(/^failed/);
  }, 90_000);

  it('refuses a source it was not written for', () => {
    expect(() => patchOpencv('var x = 1;')).toThrow(/4\.5\.2/);
  });
});

describe('stripCdnDefaults', () => {
  it('turns a CDN default into a path inside the extension', () => {
    expect(stripCdnDefaults('p||"https://cdn.jsdelivr.net/npm/tesseract.js-core@v7"')).toBe('p||"/npm/tesseract.js-core@v7"');
  });
});

/** The built extension carries its models, names no CDN, allows WebAssembly but never eval, and keeps the vision code off the site's page. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CDN_HOSTS } from '../../vision/build/no-cdn';
import { VISION_PATHS } from '../../vision/paths';

const OUT = join(import.meta.dirname, '../../.output');
const builds = existsSync(OUT) ? readdirSync(OUT).filter((d) => existsSync(join(OUT, d, 'manifest.json'))) : [];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

describe.each(builds)('%s', (build) => {
  const dir = join(OUT, build);
  const all = files(dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('ships every model and library file the checks load', () => {
    for (const path of [VISION_PATHS.tesseractWorker, VISION_PATHS.tesseractCore, `${VISION_PATHS.tesseractLang}/eng.traineddata.gz`, `${VISION_PATHS.faceModels}/tiny_face_detector_model.bin`, VISION_PATHS.tfjsWasm, VISION_PATHS.offscreenPage]) {
      expect(existsSync(join(dir, path)), path).toBe(true);
    }
  });

  it('names no CDN or model hub anywhere', () => {
    for (const file of all.filter((f) => /\.(js|html|json|css)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      for (const host of CDN_HOSTS) expect(text.includes(host), `${relative(dir, file)} names ${host}`).toBe(false);
    }
  });

  it("allows WebAssembly ('wasm-unsafe-eval') and nothing like eval", () => {
    const csp = typeof manifest.content_security_policy === 'string' ? manifest.content_security_policy : manifest.content_security_policy?.extension_pages;
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:/);
  });

  it('keeps the vision libraries out of the content scripts', () => {
    for (const file of all.filter((f) => f.includes('content-scripts') && f.endsWith('.js'))) {
      const text = readFileSync(file, 'utf8');
      expect(/TesseractCore|tinyFaceDetector|cv\.ORB|opencv/i.test(text), relative(dir, file)).toBe(false);
    }
  });

  it("loads the face detector's code after the checking page has started the OCR and logo workers, as a chunk of its own", () => {
    const html = readFileSync(join(dir, VISION_PATHS.offscreenPage), 'utf8');
    const entry = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
    expect(entry, 'the checking page names its script').toBeTruthy();
    const first = readFileSync(join(dir, entry!), 'utf8');
    expect(first.includes('tesseract'), 'the page script starts the OCR worker').toBe(true);
    expect(/tinyFaceDetector|TinyFaceDetector/.test(first), 'face-api is not evaluated before the workers start').toBe(false);
    expect(all.some((f) => f.endsWith('.js') && f !== join(dir, entry!) && /TinyFaceDetector/.test(readFileSync(f, 'utf8')))).toBe(true);
  });

  it('keeps pictures (the demo logo) out of the content scripts and the background', () => {
    for (const file of all.filter((f) => (f.includes('content-scripts') || /background\.js$/.test(f)) && f.endsWith('.js'))) {
      expect(readFileSync(file, 'utf8').includes('data:image/png;base64,iVBOR'), relative(dir, file)).toBe(false);
    }
  });

  it('loads no engine on a page load: only the small composer script is in the manifest', () => {
    const scripts = (manifest.content_scripts as { js: string[] }[]).flatMap((c) => c.js);
    expect(scripts).toEqual(['content-scripts/composer.js']);
    expect(existsSync(join(dir, 'content-scripts/engine.js'))).toBe(true);
  });

  it('stays within 8 MB (issue 13), and says how much of it the image checks are', () => {
    const total = all.reduce((n, f) => n + statSync(f).size, 0);
    const vision = all.filter((f) => f.includes(`${build}/vision/`) || /offscreen/.test(f)).reduce((n, f) => n + statSync(f).size, 0);
    console.log(`${build}: ${mb(total)} in all, of which the image checks ${mb(vision)}`);
    expect(total).toBeLessThanOrEqual(8 * 1024 * 1024);
  });
});

it('has a build to check', () => {
  expect(builds.length, 'run `npm run build` first').toBeGreaterThan(0);
});

/** Bundles the fixture pages (real Draft.js/React 17, Lexical, Quill and TipTap) into tests/e2e/.fixtures-dist with esbuild. */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageHtml } from './fixtures/page';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIST = join(here, '.fixtures-dist');

/** Which page each site serves, and from which source. */
export const FIXTURE_PAGES = {
  x: { entry: 'x.tsx', title: 'Home / X' },
  facebook: { entry: 'facebook.ts', title: 'Facebook' },
  mfacebook: { entry: 'm-facebook.ts', title: 'Facebook' },
  instagram: { entry: 'instagram.ts', title: 'Instagram' },
  linkedin: { entry: 'linkedin.ts', title: 'Feed | LinkedIn' },
  threads: { entry: 'threads.ts', title: 'Threads' },
  threadsnet: { entry: 'threads.ts', title: 'Threads' },
  bluesky: { entry: 'bluesky.ts', title: 'Home — Bluesky' },
} as const;

export async function buildFixtures(): Promise<string> {
  mkdirSync(FIXTURES_DIST, { recursive: true });
  await build({
    entryPoints: Object.values(FIXTURE_PAGES).map((p) => join(here, 'fixtures', p.entry)),
    outdir: FIXTURES_DIST,
    bundle: true,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'react',
    define: { 'process.env.NODE_ENV': '"development"', global: 'window', __QUILL_CSS__: JSON.stringify(readFileSync(join(here, '../../node_modules/quill/dist/quill.core.css'), 'utf8')) },
    logLevel: 'warning',
  });
  const draftCss = readFileSync(join(here, '../../node_modules/draft-js/dist/Draft.css'), 'utf8');
  for (const [site, page] of Object.entries(FIXTURE_PAGES)) {
    const script = `/__fixtures/${page.entry.replace(/\.tsx?$/, '.js')}`;
    writeFileSync(join(FIXTURES_DIST, `${site}.html`), pageHtml(page.title, script, site === 'x' ? draftCss : ''));
  }
  writeFileSync(join(FIXTURES_DIST, 'demo.html'), readFileSync(join(here, 'fixtures/demo.html')));
  return FIXTURES_DIST;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildFixtures().then((dir) => console.log(`fixtures built in ${dir}`));
}

/**
 * Keeps the demo pack's logo (a ~39 kB data: URL) out of the content scripts and the background, which parse it on
 * every page and every wake for nothing: only the checking page looks at logos, and it carries the demo's itself
 * (vision/offscreen/demo-logos.ts). The HTML pages (options, offscreen) keep the whole demo pack.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export const DEMO_PACK_FILE = /[\\/]rules[\\/]pack[\\/]demo-pack\.json$/;

export function demoLogoOutPlugin(): Plugin {
  let strip = false;
  return {
    name: 'second-look:demo-logo-out',
    enforce: 'pre',
    configResolved(config) {
      // WXT builds each content script (and the background) on its own, the HTML pages together: only those name .html.
      const entry = config.build.lib ? config.build.lib.entry : config.build.rollupOptions?.input;
      strip = !JSON.stringify(entry ?? '').includes('.html');
    },
    load(id) {
      if (!strip || !DEMO_PACK_FILE.test(id)) return null;
      const pack = JSON.parse(readFileSync(id, 'utf8'));
      pack.setting.logos = [];
      return JSON.stringify(pack);
    },
  };
}

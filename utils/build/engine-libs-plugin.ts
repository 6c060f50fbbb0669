/**
 * In the engine content script's build only, re2js and compromise's pieces resolve to modules that read them from the
 * library scripts injected before it (utils/engine-libs.ts), so each library is compiled and evaluated in a task of its own.
 */
import type { Plugin } from 'vite';

const SHIM = '\0second-look-engine-lib:';
const COMPROMISE_PARTS = /[\\/]rules[\\/]judge[\\/]compromise-parts\.js$/;

export function engineLibsPlugin(): Plugin {
  let engineBuild = false;
  return {
    name: 'second-look:engine-libs',
    enforce: 'pre',
    configResolved(config) {
      const entry = config.build.lib ? config.build.lib.entry : '';
      engineBuild = /[\\/]engine\.content\.ts$/.test(JSON.stringify(entry).replace(/\\\\/g, '\\').replace(/"/g, ''));
    },
    async resolveId(source, importer, options) {
      if (!engineBuild) return null;
      if (source === 're2js') return SHIM + 're2js';
      if (source.endsWith('compromise-parts.js') && importer) {
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        if (resolved && COMPROMISE_PARTS.test(resolved.id)) return SHIM + 'compromise:' + resolved.id;
      }
      return null;
    },
    async load(id) {
      if (!id.startsWith(SHIM)) return null;
      const [name, file] = id.slice(SHIM.length).split(/:(.*)/s);
      // The names the real module exports, each read from the library its script left.
      const names = Object.keys(name === 're2js' ? await import('re2js') : await import(file!));
      const lib = `globalThis[Symbol.for('second-look.engine-libs')]?.${name}`;
      return [
        `const lib = ${lib};`,
        `if (!lib) throw new Error('the ${name} script did not run before the engine');`,
        ...names.filter((n) => n !== 'default').map((n) => `export const ${n} = lib.${n};`),
      ].join('\n');
    },
  };
}

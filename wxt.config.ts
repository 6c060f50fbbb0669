import { defineConfig } from 'wxt';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { visionFiles } from './vision/build/assets';
import { noCdnPlugin } from './vision/build/no-cdn';
import { demoLogoOutPlugin } from './vision/build/demo-logo-out';
import { engineId } from './utils/build/engine-id';
import { engineLibsPlugin } from './utils/build/engine-libs-plugin';

/** WXT's content script wrapper builds its context, which tells the page the extension id: ours is silent (utils/quiet-script-context.ts). */
const quietScriptContext = {
  name: 'second-look:quiet-script-context',
  enforce: 'pre' as const,
  resolveId(source: string, importer?: string) {
    if (source !== 'wxt/utils/content-script-context' || !importer?.includes('content-script-isolated-world-entrypoint')) return null;
    return fileURLToPath(new URL('./utils/quiet-script-context.ts', import.meta.url));
  },
};

// Auto-imports stay off so a browser dependency can never hide inside rules/.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // The engine's id (a hash of rules/) goes into the build: a pack's stored tables are read only by the build that made them.
  vite: () => ({ define: { __SECOND_LOOK_ENGINE__: JSON.stringify(engineId()) }, plugins: [quietScriptContext, engineLibsPlugin(), preact(), noCdnPlugin(), demoLogoOutPlugin()] }),
  // The image checks' libraries and models go into the build from node_modules (issue 5): nothing is downloaded at run time.
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...visionFiles());
    },
  },
  manifest: ({ browser }) => {
    // Firefox (MV3, like Chrome) differs in three named ways, each marked below: no offscreen documents, no schema for
    // managed storage, and a fixed add-on id. Everything else is one build from one code path.
    const firefox = browser === 'firefox';
    return {
      name: 'Second Look',
      description: 'A second look at a social media post before it goes out, for people who work with children.',
      // activeTab: the popup reads the current tab's address to say whether the site is watched.
      // offscreen (Chrome): attached pictures are checked in an offscreen document; Firefox uses its background page.
      // scripting: the engine is injected into a frame only once its composer is used (utils/engine-load.ts).
      // and after an install or update, the content scripts start in watched tabs that were already open.
      permissions: ['storage', 'alarms', 'activeTab', 'scripting', ...(firefox ? [] : ['offscreen'])],
      // WebAssembly for Tesseract and the face detector; still no eval, no remote code.
      content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
      // The setting's enterprise policy (public/managed_schema.json, copied to the build root). Firefox takes no schema: it
      // passes policies.json "3rdparty" through unvalidated (policy.ts checks every field), so only Chromium gets the key.
      ...(firefox ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
      // Firefox: storage.managed refuses temporary ids, and policies.json names the add-on by this id. 128 is the oldest
      // ESR with MV3 host permissions granted at install (127+), so the content scripts run without a second prompt.
      // gecko_android: Firefox for Android runs the same build on the sites' mobile web layouts (the sites' own apps cannot be covered).
      ...(firefox ? { browser_specific_settings: { gecko: { id: 'second-look@second-look.example', strict_min_version: '128.0' }, gecko_android: { strict_min_version: '128.0' } } } : {}),
    };
  },
});

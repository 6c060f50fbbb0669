import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Auto-imports stay off so a browser dependency can never hide inside rules/.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Second Look',
    description: 'A second look at a social media post before it goes out, for people who work with children.',
    // activeTab: the popup reads the current tab's address to say whether the site is watched.
    permissions: ['storage', 'alarms', 'activeTab'],
    // The setting's enterprise policy (public/managed_schema.json, copied to the build root). Firefox takes no schema: it
    // passes policies.json "3rdparty" through unvalidated (policy.ts checks every field), so only Chromium gets the key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'second-look@second-look.example', strict_min_version: '128.0' } } }
      : {}),
  }),
});

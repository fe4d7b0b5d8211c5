import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { E2E_MATCHES, HELPDESK_MATCHES } from './lib/sites';

/**
 * `npm run build:e2e` (`wxt build --mode e2e`) writes `.output/chrome-mv3-e2e/`: the release
 * extension plus local fixture hosts (any port) in the content script's matches and the host
 * permissions. The release build never matches localhost.
 */
// Keyed on the mode only: an exported REPLY_COACH_E2E must never leak localhost into a release build.
const isE2e = (mode: string) => mode === 'e2e';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ mode, manifestVersion, browser }) => ({
    name: 'Reply Coach',
    description: 'Tone coaching for support replies, inside your helpdesk. Runs locally.',
    permissions: ['storage', 'scripting', 'activeTab'],
    // scripting.executeScript (the lazily injected coach bundle) needs host access to the frame.
    host_permissions: [...HELPDESK_MATCHES, ...(isE2e(mode) ? E2E_MATCHES : [])],
    // Custom helpdesk domains, granted at run time from the options page (MV2 has no
    // optional_host_permissions: origins go with the optional permissions there).
    ...(manifestVersion === 2 ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    // Administrators push a locked team rule pack through enterprise policy (key `rulePack`).
    // Firefox reads policies.json instead and has no managed_schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    browser_specific_settings: {
      gecko: { id: 'reply-coach@example.org', data_collection_permissions: { required: ['none'] } },
    },
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (!isE2e(wxt.config.mode)) return;
      for (const cs of manifest.content_scripts ?? []) {
        cs.matches = [...new Set([...(cs.matches ?? []), ...E2E_MATCHES])];
      }
    },
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { E2E_MATCHES, HELPDESK_MATCHES, OPTIONAL_MATCHES } from './lib/sites';
import { manifestLocales, msg } from './lib/i18n/manifest-locales';

/**
 * `npm run build:e2e` (`wxt build --mode e2e`) writes `.output/chrome-mv3-e2e/`: the release
 * extension plus local fixture hosts (any port) in the content script's matches and the host
 * permissions. The release build never matches localhost.
 */
// Keyed on the mode only: an exported REPLY_COACH_E2E must never leak localhost into a release build.
const isE2e = (mode: string) => mode === 'e2e';

/**
 * The e2e build's fixed manifest `key` (a public key; its private half was never kept): a stable
 * extension id wherever the build is loaded from, so a managed-policy file can name it. The
 * release build has none — the store assigns the id.
 */
const E2E_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4+sYL4us5ku4+dfd6ce3CFn3iKz/dX8qz2izw61e3QFI8uaDRPtimk4LEJfwaNx+RKm3OhY98iEuF8hKt95cUQNEaWAQI/EtLY3BvDt/KdhkMzcoEj1ZFinEBLi7roQG8bdMUckeVnJfUP9N8qd/++kECHfq92T9vyhzttAkbXnB5Ajd7AchLkWBK3fM4SR06WlrDmKxq09yHqd7il3mdLmhR4GOwbwqUnt4qc12fXWMOhVuu5YxV9KLKGPboaGC16xeiGk3U98WJ9RkIt/GPHV+zxCRhC84k15JKohk+OzKAID17uY4AXazGIxptuNRLRtrVkV/3CJDRIZ0eZMIHQIDAQAB';

const OPTIONAL_ORIGINS = [...OPTIONAL_MATCHES, 'https://*/*'];

/**
 * Granted at install in the e2e build only: headless Chromium never answers the run-time prompt
 * (`permissions.request`), so the optional sites and one test custom domain (test/e2e/sites.mjs)
 * come granted there. `permissions.contains` then holds for them, and the background registers
 * their content scripts as after a grant (lib/background/registered-scripts.ts). Not also listed
 * as optional: Chromium drops an optional permission a required one already covers, with a warning.
 */
const E2E_GRANTED = [...OPTIONAL_MATCHES, 'https://support.reply-coach.test/*'];
const optionalOrigins = (mode: string) => (isE2e(mode) ? OPTIONAL_ORIGINS.filter((o) => !E2E_GRANTED.includes(o)) : OPTIONAL_ORIGINS);

/** The page bundles the content script injects into its own world (entrypoints/*.ts, unlisted). */
const WORLD_BUNDLES = ['entrypoints/coach.ts'];

/**
 * In those bundles `webextension-polyfill` is the content script's `browser`, taken from the
 * world's global (lib/page/world-browser.ts), not a second copy of the polyfill: 9.6 KB less
 * script parsed in every coached frame, and one API wrapper per frame.
 */
function worldBrowser(): Plugin {
  const shim = fileURLToPath(new URL('./lib/page/world-browser.ts', import.meta.url));
  let inWorldBundle = false;
  return {
    name: 'reply-coach:world-browser',
    enforce: 'pre',
    configResolved(config) {
      const entry = config.build.lib ? config.build.lib.entry : undefined;
      inWorldBundle = typeof entry === 'string' && WORLD_BUNDLES.some((b) => entry.replaceAll('\\', '/').endsWith(b));
    },
    resolveId(source) {
      return inWorldBundle && source === 'webextension-polyfill' ? shim : null;
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Strings and identifiers written as ASCII escapes: V8 holds a script whose source has any
  // character above U+00FF in two bytes per character, and the page scripts are loaded into
  // every helpdesk frame (test/e2e/release.mjs checks that they stay one byte per character).
  vite: () => ({ plugins: [worldBrowser(), preact()], esbuild: { charset: 'ascii' } }),
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ mode, manifestVersion, browser }) => ({
    // The browser's own localization (public _locales, written from lib/i18n by the hook below).
    name: msg('extName'),
    description: msg('extDescription'),
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab'],
    // scripting.executeScript (the lazily injected coach bundle) needs host access to the frame.
    host_permissions: [...HELPDESK_MATCHES, ...(isE2e(mode) ? [...E2E_MATCHES, ...E2E_GRANTED] : [])],
    // Granted at run time from the options page: the optional sites (general-purpose hosts, listed
    // so they read as such) and custom helpdesk domains (any https host). MV2 has no
    // optional_host_permissions: origins go with the optional permissions there.
    ...(manifestVersion === 2 ? { optional_permissions: optionalOrigins(mode) } : { optional_host_permissions: optionalOrigins(mode) }),
    // Administrators push a locked team rule pack through enterprise policy (key `rulePack`).
    // Firefox reads policies.json instead and has no managed_schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(isE2e(mode) ? { key: E2E_KEY } : {}),
    // Next/previous finding from the reply box (lib/background/commands.ts). A suggested key
    // needs Ctrl or Alt (never both, so AltGr stays free) with an optional Shift; Comma and Period
    // are allowed keys. Agents rebind them at chrome://extensions/shortcuts (Firefox: about:addons).
    commands: {
      'next-finding': { suggested_key: { default: 'Alt+Shift+Period' }, description: msg('cmdNextFinding') },
      'previous-finding': { suggested_key: { default: 'Alt+Shift+Comma' }, description: msg('cmdPreviousFinding') },
    },
    browser_specific_settings: {
      gecko: { id: 'reply-coach@example.org', data_collection_permissions: { required: ['none'] } },
    },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...manifestLocales());
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (!isE2e(wxt.config.mode)) return;
      for (const cs of manifest.content_scripts ?? []) {
        cs.matches = [...new Set([...(cs.matches ?? []), ...E2E_MATCHES])];
      }
    },
  },
});

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildMapResource } from './scripts/build-map';

// `npm run build:test` sets JIANBAO_TEST_HOSTS: the same extension plus host access to the local test server,
// because a programmatic click (the click hook) is not a user gesture and activeTab alone would not apply.
const testHosts = process.env.JIANBAO_TEST_HOSTS ? ['http://127.0.0.1/*', 'http://localhost/*'] : [];

export default defineConfig({
  // Toolbar and store icons at 16/32/48/128 px, made at build time from the one SVG source in assets/.
  modules: ['@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg', developmentIndicator: false, sizes: [128, 96, 48, 32, 16] },
  // Benchmark-only entrypoints (entrypoints/bench*) ship in test builds, never in what users install.
  ...(testHosts.length ? {} : { filterEntrypoints: ['background', 'annotator', 'library'] }),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The library's map (countries; China's prefectures), made from boundary data packages at build time.
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('map.json');
    },
    'build:publicAssets': async (_wxt, files) => {
      files.push({ relativeDest: 'map.json', contents: await buildMapResource() });
    },
  },
  // Firefox gets Manifest V3 too (npm run build:firefox passes --mv3): action, scripting and activeTab as in Chrome.
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: the content script reaches a tab only when the reader clicks. No `storage`: the
    // library is IndexedDB in the extension's origin, which needs no permission (nothing calls chrome.storage).
    permissions: ['activeTab', 'scripting', 'contextMenus'],
    ...(testHosts.length ? { host_permissions: testHosts } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_actionTitle__' },
    },
    // The gazetteer is fetched by the injected script; dynamic URLs keep pages from probing for the extension.
    web_accessible_resources: [{ resources: ['gazetteer.json'], matches: ['<all_urls>'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Jianbao sends nothing anywhere: every clipping stays in the reader's browser.
            gecko: { id: 'jianbao@jianbao.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Jianbao 剪报',
    permissions: ['activeTab', 'scripting', 'storage'],
  },
});

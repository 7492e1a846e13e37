import { defineConfig } from 'vitest/config';

// Real-browser tests: Chromium with the built extension (.output/chrome-mv3).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60000,
    hookTimeout: 90000,
    fileParallelism: false,
  },
});

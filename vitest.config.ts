import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests (Node and jsdom). End-to-end tests have their own config: test/e2e/vitest.config.ts.
export default defineConfig({
  plugins: [WxtVitest(), preact({ prefreshEnabled: false, devToolsEnabled: false })],
  test: {
    globals: true,
    include: ['{rules,record,adapters,components,entrypoints,drafting,storage,messaging,test/unit,test/bench}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The fake browser gets the i18n API the real ones have.
    setupFiles: ['test/support/i18n-setup.ts'],
  },
});

import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: hidden auto-imports would hide the layer boundaries lint enforces.
  imports: false,
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
  manifest: {
    name: 'Closure Companion',
    description: 'A closure-readiness checklist and closing-summary drafting for children’s social care case systems.',
    permissions: ['storage', 'alarms', 'clipboardWrite'],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Show or hide the closure checklist',
      },
    },
    action: { default_title: 'Closure Companion' },
  },
});

import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserApis = ['wxt/browser', 'webextension-polyfill', 'idb-keyval', 'preact', 'preact/hooks'];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', '.tmp/', 'test/hosts/', 'test/fixtures/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The layer rule: rules are pure functions of record + pack + today.
    files: ['rules/**/*.ts', 'record/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: browserApis.map((name) => ({ name, message: 'rules/ and record/ stay pure: no browser, storage or UI.' })),
          patterns: [
            { group: ['**/adapters/**', '**/components/**', '**/entrypoints/**', '**/storage/**'], message: 'rules/ and record/ import only the record model.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'indexedDB', 'chrome', 'browser', 'fetch', 'navigator'],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock inside a rule: today is an input.' }],
    },
  },
  {
    files: ['**/*.mjs', 'test/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
  {
    // Node scripts that drive a browser: code inside page.evaluate runs in the page's globals.
    files: ['test/bench/**/*.mjs', 'test/demo/**/*.mjs', 'test/support/**/*.mjs'],
    rules: { 'no-undef': 'off' },
  },
  {
    // The bench's floor (test/bench/floor): a minimal extension's worker and page script, plain JavaScript.
    files: ['test/bench/floor/*.js'],
    languageOptions: { globals: { chrome: 'readonly', document: 'readonly', MutationObserver: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);

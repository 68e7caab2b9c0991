import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importBoundaries from './scripts/eslint/import-boundaries.js';

// Only src/lib/appwrite.ts may touch the SDK, and the pure token core may not reach
// for React, the network or the DOM: both rules keep the architecture honest.
const restrictAppwrite = {
  paths: [{ name: 'appwrite', message: 'Import the Appwrite client from src/lib/appwrite.ts.' }],
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e',
      'dist-e2e-token',
      'dist-cli',
      '.screenshots',
      '.scroll-fps',
      'coverage',
      'node_modules',
      'test-results',
      'playwright-report',
      'test/fixtures/generated',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-imports': ['error', restrictAppwrite],
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject HTML: Figma data is untrusted.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries: importBoundaries },
    rules: { 'boundaries/module-table': 'error' },
  },
  {
    // A long function holds several steps inline; split it into named steps. Tests' describe
    // blocks are lists, not steps, so they are exempt.
    files: ['src/**/*.{ts,tsx}', 'test/emulator/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 120, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },
  {
    files: ['src/lib/appwrite.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/tokens/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...restrictAppwrite.paths,
            { name: 'react', message: 'src/tokens is pure: no React.' },
          ],
          patterns: [
            {
              group: ['**/figma/*', '**/auth/*', '**/lib/*', '**/ui/*'],
              message: 'src/tokens is pure.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'fetch', 'document', 'window', 'localStorage'],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**', 'scripts/**', 'bench/**', 'src/cli/**', 'bin/**', '**/*.test.{ts,tsx}'],
    rules: { 'no-console': 'off' },
  },
  {
    // Playwright fixtures take `use` and `{}` by design; they are not React hooks.
    files: ['test/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
);

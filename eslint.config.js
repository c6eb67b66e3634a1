import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';

/** Domain modules stay pure: no React, no store, no pages (DESIGN.md, "Rules of the house"). */
const pureDomain = {
  patterns: [
    { group: ['react', 'react-dom', 'react-dom/*', 'react-router', 'zustand', 'zustand/*', 'idb-keyval'], message: 'Domain modules are pure TypeScript: no React, router, store or storage.' },
  ],
};

/** The pure domain: these folders import only each other (and never a test helper outside tests). */
const DOMAIN = ['schema', 'catalogue', 'audit', 'report', 'backup'];

/**
 * Layers as zones, written from the side of what is imported: only the app shell (src/*.tsx and
 * src/routing/) imports pages, and the domain imports nothing outside the domain.
 */
const layerZones = [
  {
    target: ['./src/components', './src/store', './src/i18n', ...DOMAIN.map((d) => `./src/${d}`)],
    from: ['./src/pages', './src/routing', './src/App.tsx', './src/routes.tsx', './src/start.tsx', './src/main.ts', './src/entry-server.tsx'],
    message: 'Only the app shell (src/*.tsx, src/routing/) imports pages, and nothing below it imports the shell.',
  },
  ...DOMAIN.map((d) => ({
    target: `./src/${d}`,
    from: './src',
    except: DOMAIN.map((other) => `./${other}`),
    message: 'Domain modules (schema, catalogue, audit, report, backup) import only each other: words, store and views come in as parameters.',
  })),
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-pseudo/', 'node_modules/', 'bench/', 'e2e/artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser }, ecmaVersion: 2023 },
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: 'Import zod through src/schema/z.ts (jitless config).' }, { name: 'zod/mini', message: 'Import zod through src/schema/z.ts (jitless config).' }] }],
    },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
  },
  {
    files: ['src/schema/z.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: DOMAIN.map((d) => `src/${d}/**`),
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', pureDomain] },
  },
  {
    files: ['src/**'],
    ignores: ['**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Words on screen come from src/i18n/ (words by feature).
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { 'i18next/no-literal-string': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['scripts/**', 'e2e/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);

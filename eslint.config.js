// @ts-check
import js from '@eslint/js';
import tanstackQuery from '@tanstack/eslint-plugin-query';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * design.md §2's import rules, enforced here. Element types by folder; a feature is one folder
 * under src/features and may import only itself, never a sibling feature.
 */
const elements = [
  { type: 'app', pattern: 'src/app' },
  { type: 'feature', pattern: 'src/features/*', capture: ['featureName'] },
  { type: 'salesforce', pattern: 'src/salesforce' },
  { type: 'csv', pattern: 'src/csv' },
  { type: 'load', pattern: 'src/load' },
  { type: 'workers', pattern: 'src/workers' },
  { type: 'lib', pattern: 'src/lib' },
  { type: 'test-support', pattern: 'src/test' },
  { type: 'emulator', pattern: 'emulator' },
];

const to = (/** @type {string[]} */ ...types) => ({ to: { element: { types: { anyOf: types } } } });

const dependencyPolicies = [
  { from: { element: { type: 'app' } }, allow: to('feature', 'salesforce', 'csv', 'load', 'lib') },
  { from: { element: { type: 'feature' } }, allow: to('salesforce', 'csv', 'load', 'lib') },
  {
    from: { element: { type: 'feature' } },
    allow: {
      to: {
        element: { type: 'feature', captured: { featureName: '{{from.captured.featureName}}' } },
      },
    },
  },
  {
    // A feature starts its worker by URL and speaks its message protocol: types only.
    from: { element: { type: 'feature' } },
    allow: { to: { element: { type: 'workers' } }, dependency: { kind: 'type' } },
  },
  { from: { element: { type: 'salesforce' } }, allow: to('load') },
  { from: { element: { type: 'load' } }, allow: to('csv') },
  { from: { element: { type: 'workers' } }, allow: to('csv', 'load', 'lib') },
  {
    // A store keeps what load/ computes (the reconciliation's counts): its types only.
    from: { element: { type: 'lib' } },
    allow: { to: { element: { type: 'load' } }, dependency: { kind: 'type' } },
  },
  { from: { element: { type: 'test-support' } }, allow: to('lib') },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'playwright-report',
      'test-results',
      'bench/out',
      '**/*.tsbuildinfo',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['info', 'warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: {
      'react-hooks': reactHooks,
      '@tanstack/query': tanstackQuery,
      boundaries,
    },
    settings: {
      'boundaries/elements': elements,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...tanstackQuery.configs.recommended.rules,
      'boundaries/dependencies': [2, { default: 'disallow', policies: dependencyPolicies }],
    },
  },
  {
    // Tests may start the demo org in-process (design.md §7).
    files: ['src/**/*.test.{ts,tsx}', 'src/**/test-support/**'],
    rules: { 'boundaries/dependencies': 'off' },
  },
  {
    // Only src/csv imports papaparse; only src/salesforce imports jsforce (design.md §2).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/csv/**', 'src/salesforce/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'papaparse', message: 'Only src/csv/ imports papaparse.' },
            { name: 'jsforce', message: 'Only src/salesforce/ imports jsforce.' },
          ],
          patterns: [{ group: ['jsforce/*'], message: 'Only src/salesforce/ imports jsforce.' }],
        },
      ],
    },
  },
  {
    files: ['src/csv/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['react', 'react-dom', 'jsforce'], patterns: ['react-dom/*', 'jsforce/*'] },
      ],
    },
  },
  {
    files: ['src/load/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'jsforce', 'papaparse'],
          patterns: ['react-dom/*', 'jsforce/*'],
        },
      ],
    },
  },
  {
    // main.tsx starts the app; only app/ composes features.
    files: ['src/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['./features/*', './load/*', './csv/*'] }],
    },
  },
  {
    // The emulator imports nothing from the app (design.md §2).
    files: ['emulator/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src/**'], message: 'The emulator never imports the app.' }] },
      ],
    },
  },
);

// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'crypto', 'dns', 'events', 'fs', 'fs/promises', 'http',
  'https', 'net', 'os', 'path', 'process', 'stream', 'tls', 'url', 'util', 'worker_threads', 'zlib',
];

/** Imports that would pull a process-specific runtime into code that must stay portable. */
const noRuntimeImports = (message) => ({
  paths: [
    { name: 'electron', message },
    { name: 'better-sqlite3', message },
    ...NODE_BUILTINS.map((name) => ({ name, message })),
  ],
  patterns: [{ group: ['node:*'], message }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  // ---- Folder boundaries (ARCHITECTURE.md §1, STYLE.md) -----------------------------------
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        ...noRuntimeImports('src/shared is the contract: it runs in every process, so it imports no runtime.'),
        patterns: [
          { group: ['node:*'], message: 'src/shared runs in every process; no Node built-ins.' },
          { group: ['**/main/**', '**/renderer/**'], message: 'src/shared depends on nothing else in src/.' },
        ],
      }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        ...noRuntimeImports('The renderer talks to the core only through the typed client (window.certplan or HTTP).'),
        patterns: [
          { group: ['node:*'], message: 'The renderer is sandboxed: no Node built-ins.' },
          { group: ['**/main/**'], message: 'The renderer reaches the core only through the contract.' },
        ],
      }],
    },
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'The core runs in plain Node; Electron plumbing belongs in src/main/electron.' },
          { name: 'react', message: 'The core has no UI.' },
          { name: 'react-dom', message: 'The core has no UI.' },
        ],
        patterns: [
          { group: ['**/electron/**', '**/web/**', '**/renderer/**'], message: 'The core does not know its hosts or the renderer.' },
        ],
      }],
    },
  },
  {
    files: ['src/main/web/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The web host runs in plain Node.' }],
        patterns: [
          { group: ['**/electron/**', '**/renderer/**'], message: 'The web host is an adapter around the core only.' },
        ],
      }],
    },
  },
  {
    files: ['src/main/electron/**/*.ts'],
    ignores: ['src/main/electron/ipc.ts', 'src/main/electron/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Raw IPC lives only in ipc.ts and preload.ts, generated from the contract.' }],
        patterns: [
          { group: ['**/web/**', '**/renderer/**'], message: 'The Electron shell is an adapter around the core only.' },
        ],
      }],
    },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);

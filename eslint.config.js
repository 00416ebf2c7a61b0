// Lint enforces the process boundaries of docs/architecture.md's folder table, as well as code
// quality: each folder may import only what its row allows (tests/unit/lint-boundaries.test.ts
// checks every row).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'worker_threads', 'stream'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', '.electron-native/', '.preview-data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', 'better-sqlite3', ...NODE_BUILTINS, '**/db/**', '**/backend/**', '**/electron/**', '**/preview/**'],
        'The renderer is a sandboxed web page: it reaches the main process only through the api/ contract.',
      ),
    },
  },
  {
    files: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['domain/**/*.ts'],
    rules: restrict(
      ['zod', 'electron', 'better-sqlite3', ...NODE_BUILTINS, '**/api/**', '**/db/**', '**/backend/**', '**/electron/**', '**/preview/**', '**/renderer/**'],
      'domain/ is the shared vocabulary: it imports nothing but itself.',
    ),
  },
  {
    files: ['api/**/*.ts'],
    rules: restrict(
      ['electron', 'better-sqlite3', ...NODE_BUILTINS, '**/db/**', '**/backend/**', '**/electron/**', '**/preview/**', '**/renderer/**'],
      'api/ is the contract shared by renderer and main process: it may use domain/ and zod only.',
    ),
  },
  {
    files: ['db/**/*.ts'],
    rules: restrict(['electron', '**/backend/**', '**/electron/**', '**/preview/**', '**/renderer/**'], 'db/ is the data layer: domain/ and api/ types only, and never Electron.'),
  },
  {
    files: ['backend/**/*.ts'],
    rules: restrict(['electron', '**/electron/**', '**/preview/**', '**/renderer/**'], 'backend/ implements the operations over db/ and api/, without Electron.'),
  },
  {
    files: ['preview/**/*.ts'],
    rules: restrict(['electron', 'better-sqlite3', '**/db/**', '**/electron/**', '**/renderer/**'], 'The preview serves backend/ over HTTP, without Electron.'),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: restrict(['**/renderer/**', '**/preview/**'], 'The main process reaches the renderer only over IPC.'),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(['better-sqlite3', '**/domain/**', '**/db/**', '**/backend/**', '**/preview/**', '**/renderer/**'], 'The preload only bridges IPC; it holds no logic.'),
  },
);

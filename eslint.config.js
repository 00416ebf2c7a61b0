// Lint enforces the process boundaries as well as code quality:
// - renderer/ runs in a sandboxed web page: no Electron, no Node built-ins, no SQLite,
//   and nothing from the main-process folders (it talks to them through api/ only);
// - domain/ and api/ are shared by both sides, so they import neither side;
// - db/, backend/ and preview/ must run without Electron (tests, the browser preview).
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
    files: ['domain/**/*.ts', 'api/**/*.ts'],
    rules: restrict(
      ['electron', 'better-sqlite3', ...NODE_BUILTINS, '**/db/**', '**/backend/**', '**/electron/**', '**/preview/**', '**/renderer/**'],
      'domain/ and api/ are shared by renderer and main process, so they may depend on neither.',
    ),
  },
  {
    files: ['db/**/*.ts', 'backend/**/*.ts', 'preview/**/*.ts'],
    rules: restrict(['electron', '**/electron/**', '**/renderer/**'], 'The data layer and the preview must run without Electron.'),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(['better-sqlite3', '**/db/**', '**/backend/**', '**/renderer/**'], 'The preload only bridges IPC; it holds no logic.'),
  },
);

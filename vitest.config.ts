import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Each test file opens its own SQLite databases in its own temporary folder.
    pool: 'forks',
    testTimeout: 20_000,
  },
});

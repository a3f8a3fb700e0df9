import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    // Store tests open real encrypted files and derive keys with scrypt; keep the two cores for them.
    pool: 'forks',
    testTimeout: 30_000,
  },
});

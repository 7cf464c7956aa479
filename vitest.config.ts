import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/no-stray-output.ts'],
    testTimeout: 60_000,
    env: { TZ: 'UTC' },
  },
});

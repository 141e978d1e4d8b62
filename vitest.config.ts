import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the example knowledge base once for the output and browser tests
    // (skipped with WEGWIJS_SKIP_EXAMPLE_BUILD=1 for quick unit runs: npm run test:unit).
    globalSetup: ['tests/setup/build-example.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});

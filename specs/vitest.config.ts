import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'scripts/**/*.test.ts', '*.test.ts'],
    // The lint and bundle tests start the Redocly and Spectral CLIs.
    testTimeout: 60_000,
  },
});

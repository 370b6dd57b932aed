import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.js'],
    exclude: ['**/node_modules/**'],
    // These tests run Optic, Redocly and git: seconds alone, several times that while the suite shares two cores.
    testTimeout: 120_000,
  },
});

// The test set-up both clients share (each client's vitest.config.ts re-exports it).
export default {
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // Type tests (*.test-d.ts) run through tsc: a @ts-expect-error that no longer errors fails them.
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
};

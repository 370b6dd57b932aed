// The build both clients and the client runtime share (each one's tsup.config.ts re-exports it).
// ESM and CommonJS, each with its own declarations (.d.ts and .d.cts), so both
// `import` and `require` resolve real types (checked by attw in the tests).
export default {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
};

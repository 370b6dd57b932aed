import { defineConfig } from 'tsup';

// ESM and CommonJS, each with its own declarations (.d.ts and .d.cts), so both
// `import` and `require` resolve real types (checked by attw in the tests).
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
});

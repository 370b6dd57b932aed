// What an app pays to bundle a package: esbuild bundles an entry as a user's
// bundler would (minified, for browsers, dependencies included) and gzip
// measures it; the metafile says which packages ended up inside.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect } from 'vitest';

export interface BundleSize {
  minifiedBytes: number;
  gzippedBytes: number;
  /** The files with code in the bundle (loaded and tree-shaken away do not count). */
  inputs: string[];
}

/** Bundles `source` (an ES module that imports what is measured) as if it sat in `resolveDir`. */
export async function bundleSize(source: string, resolveDir: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0]!.contents;
  const [bundle] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(bundle!.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
  return { minifiedBytes: output.length, gzippedBytes: gzipSync(output, { level: 9 }).length, inputs };
}

/** The clients' budget: 8 kB minified and gzipped, openapi-fetch included. */
export const CLIENT_BUDGET_BYTES = 8 * 1024;

/**
 * Fails unless `factory` from the built package in `packageDir` (openapi-fetch
 * included) fits the budget, and unless importing only an error class leaves
 * openapi-fetch out (the package tree-shakes).
 */
export async function expectClientWithinBudget(packageDir: string, factory: string) {
  const whole = await bundleSize(`export { ${factory} } from './dist/index.js';`, packageDir);
  expect(whole.inputs.some((input) => input.includes('openapi-fetch'))).toBe(true);
  expect(whole.gzippedBytes, `${factory}: ${whole.gzippedBytes} bytes gzipped`).toBeLessThanOrEqual(CLIENT_BUDGET_BYTES);
  const errorOnly = await bundleSize(`export { ValidationError } from './dist/index.js';`, packageDir);
  expect(errorOnly.inputs.filter((input) => input.includes('openapi-fetch'))).toEqual([]);
  expect(errorOnly.gzippedBytes).toBeLessThan(1024);
}

// The clients' size budget as a test assertion, measured with the same
// `bundleSize` that bench/client-size.js prints.
import { bundleSize, CLIENT_BUDGET_BYTES } from '@chatapi/tools/bundle-size';
import { expect } from 'vitest';

export { type BundleSize, bundleSize, CLIENT_BUDGET_BYTES } from '@chatapi/tools/bundle-size';

/**
 * Fails unless `factory` from the built package in `packageDir` (openapi-fetch
 * included) fits the budget, and unless importing only an error class leaves
 * openapi-fetch out (the package tree-shakes).
 */
export async function expectClientWithinBudget(packageDir: string, factory: string) {
  const whole = await bundleSize(`export { ${factory} } from './dist/index.js';`, packageDir);
  expect(whole.inputs.some((input) => input.includes('openapi-fetch'))).toBe(true);
  expect(whole.gzippedBytes, `${factory}: ${whole.gzippedBytes} bytes gzipped`).toBeLessThanOrEqual(
    CLIENT_BUDGET_BYTES,
  );
  const errorOnly = await bundleSize(`export { ValidationError } from './dist/index.js';`, packageDir);
  expect(errorOnly.inputs.filter((input) => input.includes('openapi-fetch'))).toEqual([]);
  expect(errorOnly.gzippedBytes).toBeLessThan(1024);
}

// The size budget: what an app pays for the client, openapi-fetch included.
import { fileURLToPath } from 'node:url';
import { bundleSize } from '@chatapi/test-harness';
import { expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const BUDGET_BYTES = 8 * 1024;

it('the whole client, openapi-fetch included, is at most 8 kB minified and gzipped', async () => {
  const size = await bundleSize(`export { createNexudusClient } from '../dist/index.js';`, here);
  expect(size.inputs.some((input) => input.includes('openapi-fetch'))).toBe(true);
  expect(size.gzippedBytes).toBeLessThanOrEqual(BUDGET_BYTES);
});

it('tree-shakes: importing only an error class leaves openapi-fetch and the helpers out', async () => {
  const size = await bundleSize(`export { ValidationError } from '../dist/index.js';`, here);
  expect(size.inputs.filter((input) => input.includes('openapi-fetch'))).toEqual([]);
  expect(size.gzippedBytes).toBeLessThan(1024);
});

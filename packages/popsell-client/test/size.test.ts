// The size budget, and tree-shaking: what an app pays for the client.
import { fileURLToPath } from 'node:url';
import { expectClientWithinBudget } from '@chatapi/test-harness';
import { it } from 'vitest';

it('is at most 8 kB minified and gzipped with openapi-fetch, and tree-shakes', async () => {
  await expectClientWithinBudget(fileURLToPath(new URL('..', import.meta.url)), 'createPopsellClient');
});

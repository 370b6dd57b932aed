import { fileURLToPath } from 'node:url';
import { expectGeneratedSourcesUpToDate } from '@chatapi/test-harness';
import { it } from 'vitest';

it('is built from what the spec generates today (generated files are never edited by hand)', async () => {
  await expectGeneratedSourcesUpToDate('nexudus', fileURLToPath(new URL('./generated/', import.meta.url)));
});

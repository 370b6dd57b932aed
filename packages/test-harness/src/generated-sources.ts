// The check that a client is built from what the spec generates today: it
// fails when a generated file was edited by hand or the spec changed since
// the client's last build.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generateClientSources } from '@chatapi/tools/generate-client';
import { expect } from 'vitest';

export async function expectGeneratedSourcesUpToDate(api: string, generatedDir: string) {
  const expected = await generateClientSources(api);
  for (const [name, text] of Object.entries(expected)) {
    const current = await readFile(path.join(generatedDir, name), 'utf8');
    expect(
      current === text,
      `${name} differs from what the ${api} spec generates: run the client's build, never edit it by hand`,
    ).toBe(true);
  }
}

// Every TypeScript sample in the docs compiles against the built clients
// under tsc --strict; a sample that would not compile fails this test.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { typeCheck } from '@chatapi/test-harness';
import { afterAll, describe, expect, it } from 'vitest';
import { DOCS_DIR } from '../src/serve.js';

const here = fileURLToPath(new URL('..', import.meta.url));
// Inside the package, so that the samples resolve the clients as a user's project would.
const checkDir = path.join(here, '.samples-check');
afterAll(() => rm(checkDir, { recursive: true, force: true }));

async function samplesOf(api: string) {
  const doc = JSON.parse(await readFile(path.join(DOCS_DIR, `${api}.docs.json`), 'utf8'));
  const samples: { name: string; source: string }[] = [];
  for (const item of Object.values(doc.paths) as Record<
    string,
    { operationId?: string; 'x-codeSamples'?: { lang: string; source: string }[] }
  >[]) {
    for (const operation of Object.values(item)) {
      const typescript = (operation['x-codeSamples'] ?? []).filter((sample) => sample.lang === 'TypeScript');
      for (const [index, sample] of typescript.entries()) {
        samples.push({ name: `${api}-${operation.operationId}-${index}`, source: sample.source });
      }
    }
  }
  return samples;
}

// Each sample is its own module, so two samples may both declare `result`.
async function typeCheckSamples(dir: string, samples: { name: string; source: string }[]) {
  await rm(dir, { recursive: true, force: true });
  return typeCheck(dir, Object.fromEntries(samples.map((sample) => [`${sample.name}.mts`, sample.source])), {
    skipLibCheck: true,
  });
}

describe("the docs' TypeScript samples", () => {
  it('all compile against the built clients', async () => {
    const samples = [...(await samplesOf('nexudus')), ...(await samplesOf('popsell'))];
    expect(samples.length).toBeGreaterThanOrEqual(10); // one per operation
    const result = await typeCheckSamples(path.join(checkDir, 'all'), samples);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('would fail on a sample that does not compile', async () => {
    const [sample] = (await samplesOf('nexudus')).filter((candidate) => candidate.source.includes('chatRooms.create('));
    const broken = { name: 'broken', source: sample!.source.replace('BusinessId', 'BusinessID') };
    const result = await typeCheckSamples(path.join(checkDir, 'broken'), [broken]);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('BusinessID');
  });
});

import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { bundleAll } from './bundle.js';

const scratchDirs: string[] = [];
afterAll(() => Promise.all(scratchDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function bundleDigests() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'chatapi-bundle-'));
  scratchDirs.push(dir);
  const files = (await bundleAll(dir)).flatMap((set) => Object.values(set).flat());
  return Object.fromEntries(
    await Promise.all(
      files.map(async (file) => [
        path.basename(file),
        createHash('sha256')
          .update(await readFile(file))
          .digest('hex'),
      ]),
    ),
  );
}

it('two bundles of unchanged sources are byte-identical: three files per API, and its workflows', async () => {
  const [first, second] = await Promise.all([bundleDigests(), bundleDigests()]);
  expect(Object.keys(first).sort()).toEqual([
    'nexudus.chat.arazzo.json',
    'nexudus.openapi.deref.json',
    'nexudus.openapi.json',
    'nexudus.openapi.yaml',
    'popsell.chat.arazzo.json',
    'popsell.openapi.deref.json',
    'popsell.openapi.json',
    'popsell.openapi.yaml',
  ]);
  expect(second).toEqual(first);
});

it('publishes the dereferenced bundles without components, and the workflows calling the JSON bundle', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'chatapi-bundle-'));
  scratchDirs.push(dir);
  const [nexudus] = await bundleAll(dir);
  const deref = JSON.parse(await readFile(nexudus!.deref, 'utf8'));
  // Every $ref is inlined, so only the security schemes, which requirements name, are left.
  expect(Object.keys(deref.components)).toEqual(['securitySchemes']);
  const workflows = JSON.parse(await readFile(nexudus!.workflows[0]!, 'utf8'));
  expect(workflows.sourceDescriptions).toEqual([{ name: 'nexudus', url: './nexudus.openapi.json', type: 'openapi' }]);
});

// Writes the published bundles of every API into the directory given
// (default dist/): <api>.openapi.yaml, <api>.openapi.json, <api>.openapi.deref.json.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { apiNames, bundleFiles, configPath } from './apis.js';
import { redocly } from './cli.js';

export async function bundleAll(outDir) {
  await mkdir(outDir, { recursive: true });
  const runs = apiNames.flatMap((api) => {
    const files = bundleFiles(outDir, api);
    const base = ['bundle', api, '--config', configPath];
    return [
      [...base, '--output', files.yaml],
      [...base, '--output', files.json],
      // Dereferenced, every $ref is inlined: the components left would all be unused, and linted as such.
      [...base, '--dereferenced', '--remove-unused-components', '--output', files.deref],
    ];
  });
  const results = await Promise.all(runs.map((args) => redocly(args)));
  const failed = results.find((result) => result.code !== 0);
  if (failed) throw new Error(`redocly bundle failed:\n${failed.stdout}\n${failed.stderr}`);
  return apiNames.map((api) => bundleFiles(outDir, api));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = path.resolve(process.argv[2] ?? 'dist');
  const written = await bundleAll(outDir);
  for (const files of written)
    console.log(
      Object.values(files)
        .map((f) => path.relative(process.cwd(), f))
        .join('\n'),
    );
}

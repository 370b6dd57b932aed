// Writes the published bundles of every API into the directory given
// (default dist/): <api>.openapi.yaml, <api>.openapi.json, <api>.openapi.deref.json,
// and each Arazzo workflow file as <api>.<name>.arazzo.json, calling the JSON bundle.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { apiNames, bundleFiles, configPath, workflowFile, workflowSources } from './apis.js';
import { redocly } from './cli.js';

/** Publishes an API's workflows beside its bundle, their source description pointing at the bundle. */
async function publishWorkflows(outDir, api) {
  return Promise.all(
    workflowSources(api).map(async ({ name, source }) => {
      const workflows = parse(await readFile(source, 'utf8'));
      for (const description of workflows.sourceDescriptions)
        if (description.name === api) description.url = `./${path.basename(bundleFiles(outDir, api).json)}`;
      const file = workflowFile(outDir, api, name);
      await writeFile(file, `${JSON.stringify(workflows, null, 2)}\n`);
      return file;
    }),
  );
}

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
  const workflows = await Promise.all(apiNames.map((api) => publishWorkflows(outDir, api)));
  return apiNames.map((api, index) => ({ ...bundleFiles(outDir, api), workflows: workflows[index] }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = path.resolve(process.argv[2] ?? 'dist');
  const written = await bundleAll(outDir);
  for (const files of written)
    console.log(
      Object.values(files)
        .flat()
        .map((f) => path.relative(process.cwd(), f))
        .join('\n'),
    );
}

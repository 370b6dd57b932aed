// `pnpm lint`: Redocly (recommended-strict plus the project rules) on the split
// sources and on the six files each run publishes (a fresh bundle of each API
// as YAML, JSON and dereferenced JSON) and on the Arazzo workflows, as written
// and as published; Spectral (every spectral:oas rule) on the same six; and
// every use of the project's extensions against its JSON Schema (extensions/).
// Any finding, warnings and hints included, fails the run.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { apiNames, configPath, workflowSources } from './apis.js';
import { bundleAll } from './bundle.js';
import { redocly, repoRoot, spectral } from './cli.js';
import { extensionProblems } from './extensions.js';

const redoclyBanner = /^.*[║╔╚].*\n|^\s*\n/gm;
const redoclyRun = await redocly(['lint', '--config', configPath, '--format', 'stylish']);
process.stdout.write(redoclyRun.stdout.replace(redoclyBanner, ''));
process.stderr.write(redoclyRun.stderr.replace(redoclyBanner, ''));

const scratch = await mkdtemp(path.join(os.tmpdir(), 'chatapi-lint-'));
let publishedRun;
let spectralRun;
let problems;
try {
  const bundles = await bundleAll(scratch);
  const published = bundles.flatMap((files) => [files.yaml, files.json, files.deref]);
  // The Arazzo workflows, as written and as published, with the descriptions (every rule then applies to some file).
  const workflows = [
    ...apiNames.flatMap((api) => workflowSources(api).map(({ source }) => source)),
    ...bundles.flatMap((files) => files.workflows),
  ];
  publishedRun = await redocly(['lint', ...published, ...workflows, '--config', configPath, '--format', 'stylish']);
  // Redocly names files relative to the repository.
  const named = (text) => text.replace(redoclyBanner, '').replaceAll(path.relative(repoRoot, scratch), 'bundle');
  process.stdout.write(named(publishedRun.stdout));
  process.stderr.write(named(publishedRun.stderr));
  spectralRun = await spectral([
    'lint',
    ...published,
    '--ruleset',
    path.join(repoRoot, '.spectral.yaml'),
    '--fail-severity',
    'hint',
  ]);
  process.stdout.write(spectralRun.stdout.replaceAll(scratch, 'bundle'));
  process.stderr.write(spectralRun.stderr);
  problems = (await Promise.all(bundles.map((files) => extensionProblems(files.json)))).flat();
  for (const problem of problems) console.error(problem.replaceAll(scratch, 'bundle'));
} finally {
  await rm(scratch, { recursive: true, force: true });
}

const failures = [
  redoclyRun.code && 'Redocly on the sources',
  publishedRun.code && 'Redocly on the published files',
  spectralRun.code && 'Spectral',
  problems.length && 'the extensions’ schemas',
].filter(Boolean);
if (failures.length) {
  console.error(`\nLint failed: ${failures.join(', ')} reported problems.`);
  process.exit(1);
}
console.log('Redocly, Spectral and the extensions’ schemas: no problems.');

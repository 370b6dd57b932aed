// `pnpm lint`: Redocly (recommended-strict plus the project rules) on the split
// sources, then Spectral (every spectral:oas rule) on a fresh bundle of each
// API. Any finding of either, warnings and hints included, fails the run.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { configPath } from './apis.js';
import { bundleAll } from './bundle.js';
import { redocly, repoRoot, spectral } from './cli.js';

const redoclyRun = await redocly(['lint', '--config', configPath, '--format', 'stylish']);
process.stdout.write(redoclyRun.stdout.replace(/^.*[║╔╚].*\n/gm, ''));
process.stderr.write(redoclyRun.stderr.replace(/^.*[║╔╚].*\n|^\s*\n/gm, ''));

const scratch = await mkdtemp(path.join(os.tmpdir(), 'chatapi-lint-'));
let spectralRun;
try {
  const bundles = await bundleAll(scratch);
  spectralRun = await spectral([
    'lint',
    ...bundles.map((files) => files.yaml),
    '--ruleset',
    path.join(repoRoot, '.spectral.yaml'),
    '--fail-severity',
    'hint',
  ]);
  process.stdout.write(spectralRun.stdout.replaceAll(scratch, 'bundle'));
  process.stderr.write(spectralRun.stderr);
} finally {
  await rm(scratch, { recursive: true, force: true });
}

const failures = [redoclyRun.code && 'Redocly', spectralRun.code && 'Spectral'].filter(Boolean);
if (failures.length) {
  console.error(`\nLint failed: ${failures.join(' and ')} reported problems.`);
  process.exit(1);
}
console.log('Redocly and Spectral: no problems.');

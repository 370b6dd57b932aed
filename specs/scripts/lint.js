// `pnpm lint`: Redocly (recommended-strict plus the project rules) on the split
// sources, then Spectral (every spectral:oas rule) on a fresh bundle of each
// API. Any finding of either, warnings and hints included, fails the run.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { bundleAll } from './bundle.js';
import { configPath } from './apis.js';
import { redocly, repoRoot } from './redocly.js';

const require = createRequire(import.meta.url);
const spectralCli = path.join(path.dirname(require.resolve('@stoplight/spectral-cli/package.json')), 'dist/index.js');

function spectral(files) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [spectralCli, 'lint', ...files, '--ruleset', path.join(repoRoot, '.spectral.yaml'), '--fail-severity', 'hint'],
      { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const redoclyRun = await redocly(['lint', '--config', configPath, '--format', 'stylish']);
process.stdout.write(redoclyRun.stdout.replace(/^.*[║╔╚].*\n/gm, ''));
process.stderr.write(redoclyRun.stderr.replace(/^.*[║╔╚].*\n|^\s*\n/gm, ''));

const scratch = await mkdtemp(path.join(os.tmpdir(), 'chatapi-lint-'));
let spectralRun;
try {
  const bundles = await bundleAll(scratch);
  spectralRun = await spectral(bundles.map((files) => files.yaml));
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

// Runs the linters' and bundler's command-line tools with the project's Node,
// resolved from this package's dependencies, and collects their output.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function binOf(packageName, relativeBin) {
  return path.join(path.dirname(require.resolve(`${packageName}/package.json`)), relativeBin);
}

function runCli(bin, args, env = {}) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: repoRoot, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// Telemetry and update checks would reach for the network, which CI lacks.
export const redocly = (args) =>
  runCli(binOf('@redocly/cli', 'bin/cli.js'), args, {
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    NO_COLOR: '1',
  });

export const spectral = (args) => runCli(binOf('@stoplight/spectral-cli', 'dist/index.js'), args);

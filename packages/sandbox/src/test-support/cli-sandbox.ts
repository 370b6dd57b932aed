// A sandbox in a child process, started through the real command line, for
// tests that kill it, run two at once, or run it as another user.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ApiName, Sandbox } from '../index.js';
import { sandboxControls } from '../testing/controls.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface CliSandbox {
  child: ChildProcess;
  sandbox: Sandbox;
  /** What the process has written to stderr so far. */
  stderr(): string;
  /** SIGKILL, and wait for the exit. */
  kill(): Promise<void>;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spawnCli(args: string[], options: { uid?: number; gid?: number } = {}) {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

export function startCliSandbox(
  api: ApiName,
  args: string[],
  options: { uid?: number; gid?: number } = {},
): Promise<CliSandbox> {
  const child = spawnCli(['--api', api, '--port', '0', ...args], options);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${stderr}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const url = /listening on (\S+)/.exec(chunk.toString())?.[1];
      if (!url) return;
      const sandbox: Sandbox = {
        ...sandboxControls(url),
        api,
        url,
        port: Number(new URL(url).port),
        close: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      };
      resolve({
        child,
        sandbox,
        stderr: () => stderr,
        kill: async () => {
          child.kill('SIGKILL');
          await exited;
        },
      });
    });
  });
}

/** Runs the command line until it exits, or until it starts serving (then it is stopped): code null. */
export function runCli(args: string[]): Promise<CliRun> {
  const child = spawnCli(args);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('listening on')) child.kill('SIGKILL');
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: stdout.includes('listening on') ? null : code, stdout, stderr });
    }),
  );
}

// Package tests: pack workspace packages as they would be published, install
// the tarballs with npm in a project outside the workspace, and check the
// tarballs with publint and attw. `pnpm pack` is used to pack because it
// writes `workspace:*` dependencies as real versions, as `pnpm publish` does;
// the install is a plain `npm install`.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const run = promisify(execFile);

export interface PackedProject {
  /** A project outside the workspace with the tarballs installed. */
  dir: string;
  /** The tarball of each packed package, by package directory. */
  tarballs: Map<string, string>;
  /** Runs a command in the project; rejects with its output when it fails. */
  exec(command: string, args: string[], env?: Record<string, string>): Promise<string>;
  write(file: string, text: string): Promise<void>;
  remove(): Promise<void>;
}

export async function packAndInstall(packageDirs: string[]): Promise<PackedProject> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'chatapi-packed-'));
  const tarballs = new Map<string, string>();
  for (const packageDir of packageDirs) {
    const before = new Set(await readdir(dir));
    await run('pnpm', ['pack', '--pack-destination', dir], { cwd: packageDir });
    const tarball = (await readdir(dir)).find((name) => name.endsWith('.tgz') && !before.has(name));
    if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${packageDir}`);
    tarballs.set(packageDir, path.join(dir, tarball));
  }
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'packed-consumer', private: true, version: '1.0.0' }),
  );
  const exec = async (command: string, args: string[], env: Record<string, string> = {}) => {
    try {
      const { stdout } = await run(command, args, {
        cwd: dir,
        env: { ...process.env, ...env },
        maxBuffer: 16 * 1024 * 1024,
      });
      return stdout;
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
    }
  };
  await exec('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs.values()]);
  return {
    dir,
    tarballs,
    exec,
    write: (file, text) => writeFile(path.join(dir, file), text),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** publint's messages for a tarball, worded; empty when it finds nothing (suggestions included). */
export async function publintMessages(tarball: string): Promise<string[]> {
  const data = await readFile(tarball);
  const packed = { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer };
  const { messages, pkg } = await publint({ pack: packed, level: 'suggestion', strict: true });
  return messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
}

/** Are-the-types-wrong's problems for a tarball: every entry point, under every module resolution. */
export async function typesProblems(tarball: string): Promise<string[]> {
  const pkg = createPackageFromTarballData(new Uint8Array(await readFile(tarball)));
  const result = await checkPackage(pkg);
  if (!result.types) return ['the package ships no types'];
  return result.problems.map(
    (problem) =>
      `${problem.kind}${'entrypoint' in problem ? ` (${problem.entrypoint})` : ''}${'resolutionKind' in problem ? ` under ${problem.resolutionKind}` : ''}`,
  );
}

// A strict TypeScript check of a few files, as a user's project would run it:
// tsc --strict, NodeNext modules, the DOM's fetch types and no @types. The
// packed-package tests and the docs' sample check both use it.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));

/**
 * How long a test that runs tsc twice may take: about 10 s alone, three times
 * that while the whole suite shares two cores.
 */
export const TYPE_CHECK_TIMEOUT_MS = 120_000;

/** Writes `files` (name to source) and a strict tsconfig listing them into `dir`, then runs tsc there. */
export async function typeCheck(dir: string, files: Record<string, string>, { skipLibCheck = false } = {}) {
  await mkdir(dir, { recursive: true });
  for (const [name, source] of Object.entries(files)) await writeFile(path.join(dir, name), source);
  const compilerOptions = {
    strict: true,
    noEmit: true,
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    types: [],
    skipLibCheck,
  };
  await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: Object.keys(files) }));
  return run(process.execPath, [tsc, '-p', dir]).then(
    () => ({ ok: true, output: '' }),
    (error: { stdout?: string }) => ({ ok: false, output: error.stdout ?? String(error) }),
  );
}

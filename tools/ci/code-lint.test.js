// `pnpm lint` runs Biome and the TypeScript check in every package, and a
// warning fails it as an error would. Biome runs here with the project's own
// config on scratch files, so each way of failing is shown to fail.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const biome = path.join(repoRoot, 'node_modules/.bin/biome');

describe('every package lint script', async () => {
  const workspace = parse(await readFile(path.join(repoRoot, 'pnpm-workspace.yaml'), 'utf8'));
  // pnpm-workspace.yaml lists folders, and `<folder>/*` for a folder of packages.
  const expand = async (pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    const entries = await readdir(path.join(repoRoot, parent), { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory()).map((entry) => `${parent}/${entry.name}`);
  };
  const folders = (await Promise.all(workspace.packages.map(expand))).flat();

  it('finds the workspace packages', () => expect(folders.length).toBeGreaterThanOrEqual(9));

  it.each(folders)('%s runs Biome at zero warnings, then the TypeScript check', async (folder) => {
    const { scripts } = JSON.parse(await readFile(path.join(repoRoot, folder, 'package.json'), 'utf8'));
    expect(scripts.lint).toMatch(/(^|&& )biome ci --error-on-warnings \. &&/);
    expect(scripts.lint).toMatch(/tsc -p tsconfig\.json/);
  });
});

describe("Biome with the project's config", () => {
  let scratch;
  const check = async (source) => {
    const file = path.join(scratch, `case-${Math.random().toString(36).slice(2)}.js`);
    await writeFile(file, source);
    const args = ['ci', '--error-on-warnings', '--colors=off', '--config-path', repoRoot, '--vcs-enabled=false', file];
    return run(biome, args, { cwd: scratch })
      .then(() => ({ code: 0, output: '' }))
      .catch((error) => ({ code: error.code, output: `${error.stdout}${error.stderr}` }));
  };

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'biome-'));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it('passes clean code', async () => {
    expect(await check("export const greeting = 'hello';\n")).toEqual({ code: 0, output: '' });
  });

  it('fails code that is not formatted', async () => {
    const result = await check('export const greeting = "hello"\n');
    expect(result.code).toBe(1);
    expect(result.output).toContain('format');
  });

  it('fails on a warning, not only on an error', async () => {
    const result = await check('export function greet(name) {\n  const unused = 1;\n  return name;\n}\n');
    expect(result.output).toContain('lint/correctness/noUnusedVariables');
    expect(result.output).toMatch(/warning/i);
    expect(result.code).toBe(1);
  });
});

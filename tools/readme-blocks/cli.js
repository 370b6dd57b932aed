#!/usr/bin/env node
// `chatapi-readme-blocks [--check]`: regenerates the marked blocks of every
// README in the repository (see readme-blocks.js). With --check it only
// compares, and exits 1 naming the READMEs whose blocks are out of date; the
// tools' lint runs that. `--root` names another checkout (for tests).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withBlocks } from './readme-blocks.js';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, root: { type: 'string' } } });
const repoRoot = values.root ?? fileURLToPath(new URL('../../', import.meta.url));
const check = values.check;
const readmes = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*README.md'], {
  cwd: repoRoot,
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);

const stale = [];
for (const file of readmes) {
  const full = path.join(repoRoot, file);
  const text = readFileSync(full, 'utf8');
  const generated = withBlocks(text);
  if (generated === text) continue;
  if (check) stale.push(file);
  else {
    writeFileSync(full, generated);
    console.log(`readme-blocks: wrote ${file}`);
  }
}
if (stale.length) {
  console.error(`readme-blocks: out of date (run pnpm readme-blocks): ${stale.join(', ')}`);
  process.exit(1);
}

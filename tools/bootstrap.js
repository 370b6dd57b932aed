#!/usr/bin/env node
// First step on a fresh machine that has only Node and npm: install the pnpm
// version pinned in package.json's `packageManager` (Corepack's signature
// check fails on our machines, so npm installs it), then the workspace's
// dependencies exactly as the lockfile pins them.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.js';

const root = new URL('../', import.meta.url);
const { packageManager } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const wanted = packageManager.replace(/^pnpm@/, '').split('+')[0];

function installedPnpm() {
  const result = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

const found = installedPnpm();
if (found !== wanted) {
  console.log(`bootstrap: installing pnpm ${wanted} (found ${found ?? 'none'})`);
  execFileSync('npm', ['install', '--global', `pnpm@${wanted}`], { stdio: 'inherit' });
}
execFileSync('pnpm', ['install', '--frozen-lockfile'], { stdio: 'inherit', cwd: root });

// Debian's Chromium for the browser tests, or a clear word on how to get it.
ensureChromium();

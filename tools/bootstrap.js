#!/usr/bin/env node
// First step on a fresh machine that has only Node and npm: install the pnpm
// version pinned in package.json's `packageManager` (Corepack's signature
// check fails on our machines, so npm installs it), then the workspace's
// dependencies exactly as the lockfile pins them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

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

// The docs' and the clients' browser tests drive Debian's Chromium (never a
// downloaded one): install it here too, so the README's two lines are all a
// fresh machine needs. Where it cannot be installed, say so; only those tests need it.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (process.platform === 'linux' && !existsSync(CHROMIUM) && spawnSync('apt-get', ['--version']).status === 0) {
  console.log('bootstrap: installing Chromium for the browser tests (apt-get install chromium)');
  const apt = (args) => {
    const [command, ...rest] = process.getuid?.() === 0 ? ['apt-get', ...args] : ['sudo', 'apt-get', ...args];
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    return spawnSync(command, rest, { stdio: 'inherit', env }).status === 0;
  };
  if (!(apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium'])))
    console.warn('bootstrap: Chromium could not be installed; the browser tests will fail until it is');
}

// The docs' and the clients' browser tests drive Debian's Chromium (never a
// downloaded one). On a fresh Debian machine bootstrap installs it (as root,
// or through sudo that needs no password); anywhere else it says what to run,
// since only those tests need it.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const INSTALL_CHROMIUM = 'sudo apt-get install -y chromium (Debian), or set CHROMIUM_PATH to a Chromium binary';

/** Runs a command with its output shown; true when it succeeded. */
const runShown = (command, args) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status ===
  0;

/**
 * Installs Chromium when it is missing and apt-get is there; otherwise, or when that fails, warns naming the
 * command. Returns what it did: 'present', 'installed' or 'missing'.
 */
export function ensureChromium({
  path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  exists = existsSync,
  hasAptGet = () => process.platform === 'linux' && spawnSync('apt-get', ['--version']).status === 0,
  root = process.getuid?.() === 0,
  run = runShown,
  log = console.log,
  warn = console.warn,
} = {}) {
  if (exists(path)) return 'present';
  if (hasAptGet()) {
    log('bootstrap: installing Chromium for the browser tests (apt-get install chromium)');
    const apt = (args) => (root ? run('apt-get', args) : run('sudo', ['-n', 'apt-get', ...args]));
    if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium'])) return 'installed';
  }
  warn(`bootstrap: no Chromium at ${path}; the browser tests fail until there is one. Install it: ${INSTALL_CHROMIUM}`);
  return 'missing';
}

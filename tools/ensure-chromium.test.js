import { describe, expect, it } from 'vitest';
import { ensureChromium } from './ensure-chromium.js';

/** ensureChromium with the machine described, recording the commands it runs and what it says. */
function onMachine({ exists = false, hasAptGet = true, root = true, succeeds = true } = {}) {
  const commands = [];
  const said = [];
  const outcome = ensureChromium({
    path: '/usr/bin/chromium',
    exists: () => exists,
    hasAptGet: () => hasAptGet,
    root,
    run: (command, args) => {
      commands.push([command, ...args].join(' '));
      return succeeds;
    },
    log: (line) => said.push(line),
    warn: (line) => said.push(line),
  });
  return { outcome, commands, said: said.join('\n') };
}

describe('ensureChromium', () => {
  it('does nothing when Chromium is there', () => {
    expect(onMachine({ exists: true })).toEqual({ outcome: 'present', commands: [], said: '' });
  });

  it("installs Debian's package as root, through sudo without a password otherwise", () => {
    expect(onMachine().commands).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium']);
    expect(onMachine({ root: false }).commands).toEqual([
      'sudo -n apt-get update -qq',
      'sudo -n apt-get install -y -qq chromium',
    ]);
    expect(onMachine().outcome).toBe('installed');
  });

  it('names the command to run where it cannot install, or when installing fails', () => {
    for (const machine of [{ hasAptGet: false }, { succeeds: false }, { root: false, succeeds: false }]) {
      const { outcome, said } = onMachine(machine);
      expect(outcome).toBe('missing');
      expect(said).toContain('sudo apt-get install -y chromium');
      expect(said).toContain('CHROMIUM_PATH');
    }
  });
});

// The GitHub workflows cannot run here, so this checks what can be checked:
// that GitHub would accept them (action-validator's schema and glob checks),
// and that CI runs what .ci/run and the README promise.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const read = (file) => readFile(new URL(file, `file://${repoRoot}`), 'utf8');
const runsOf = (workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''));
const usesOf = (workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.uses ?? ''));

async function readmeTestCommand() {
  const readme = await read('README.md');
  const afterMarker = readme.slice(readme.indexOf('<!-- test-command -->'));
  return afterMarker.match(/```sh\n(.+)\n/)[1];
}

describe.each(['ci.yml', 'release.yml'])('.github/workflows/%s', (name) => {
  it('is a workflow GitHub accepts', async () => {
    const { errors } = validateWorkflow(await read(`.github/workflows/${name}`));
    expect(errors).toEqual([]);
  });

  it('runs only root scripts that exist', async () => {
    const workflow = parse(await read(`.github/workflows/${name}`));
    const { scripts } = JSON.parse(await read('package.json'));
    const commands = [
      ...runsOf(workflow),
      ...Object.values(workflow.jobs).flatMap((job) =>
        job.steps.map((step) => Object.values(step.with ?? {}).join('\n')),
      ),
    ].join('\n');
    const named = [...commands.matchAll(/\b(?:pnpm|npm run) ([a-z][\w:-]*)/g)].map((match) => match[1]);
    const builtIns = ['install', 'store', 'audit'];
    for (const script of named.filter((script) => !builtIns.includes(script))) expect(scripts).toHaveProperty(script);
  });
});

describe('ci.yml', () => {
  const ci = async () => parse(await read('.github/workflows/ci.yml'));

  it('runs the README test command, and lint and build as steps of their own', async () => {
    const runs = runsOf(await ci());
    for (const part of (await readmeTestCommand()).split('&&').map((command) => command.trim())) {
      expect(runs).toContain(part);
    }
    expect(runs).toEqual(expect.arrayContaining(['pnpm lint', 'pnpm build', 'pnpm audit:prod']));
  });

  it('installs the lockfile frozen, with the pnpm that package.json pins', async () => {
    expect(await read('tools/bootstrap.js')).toContain("['install', '--frozen-lockfile']");
    const runs = runsOf(await ci()).join('\n');
    expect(runs).toContain('packageManager');
    expect(runs).toContain('npm run bootstrap');
  });

  it('installs Chromium as .ci/run does, on Debian with the Node the workspace asks for', async () => {
    const workflow = await ci();
    expect(runsOf(workflow).join('\n')).toContain('apt-get install -y -qq chromium');
    expect(await read('.ci/run')).toContain('apt-get install -y -qq chromium');
    const { engines } = JSON.parse(await read('package.json'));
    const image = workflow.jobs.ci.container;
    expect(image).toMatch(/^node:\d+-bookworm$/);
    expect(engines.node).toMatch(new RegExp(`^>=${image.match(/\d+/)[0]}\\.`));
  });

  it('caches the pnpm store by lockfile and turbo cache, and fetches the history the gate compares with', async () => {
    const steps = (await ci()).jobs.ci.steps;
    const caches = steps.filter((step) => step.uses?.startsWith('actions/cache@'));
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not JavaScript's
    expect(caches.map((step) => step.with.path)).toEqual(['${{ steps.pnpm-store.outputs.path }}', '.turbo/cache']);
    expect(caches[0].with.key).toContain("hashFiles('pnpm-lock.yaml')");
    expect(JSON.parse(await read('turbo.json')).cacheDir).toBeUndefined(); // turbo's default: .turbo/cache
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout@')).with['fetch-depth']).toBe(0);
  });
});

describe('release.yml', () => {
  it('versions and publishes through the root scripts, with Changesets', async () => {
    const workflow = parse(await read('.github/workflows/release.yml'));
    expect(usesOf(workflow)).toContain('changesets/action@v1');
    const step = workflow.jobs.release.steps.find((s) => s.uses === 'changesets/action@v1');
    expect(step.with).toMatchObject({ version: 'pnpm version-packages', publish: 'pnpm release' });
  });
});

// The breaking-change gate: bundles each API as last released and as it is
// now, lets Optic's breaking-change rules compare the two, and fails a breaking
// change unless a changeset declares a major bump of every package it breaks.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import readChangesets from '@changesets/read';
import semver from 'semver';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const run = promisify(execFile);

/** The tag `changeset tag` gives a release of the specs: `@chatapi/specs@1.2.0`. */
export const RELEASE_TAG_PATTERN = '@chatapi/specs@*';

/** A breaking change in an API's description breaks the specs package and the client typed from it. */
export const packagesBrokenBy = (api) => ['@chatapi/specs', `@chatapi/${api}-client`];

const git = async (cwd, args) => (await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout.trim();
const gitOrNull = (cwd, args) => git(cwd, args).catch(() => null);

/**
 * What to compare with: the ref given; else the newest release tag behind HEAD;
 * else where HEAD left the main branch. Null when the history holds neither
 * (a shallow clone, or a repository that never released).
 */
export async function findBase(cwd, given) {
  if (given) return { ref: given, why: 'given' };
  const tag = await gitOrNull(cwd, ['describe', '--tags', '--abbrev=0', '--match', RELEASE_TAG_PATTERN]);
  if (tag) return { ref: tag, why: 'the last release' };
  for (const branch of ['origin/main', 'main']) {
    const mergeBase = await gitOrNull(cwd, ['merge-base', 'HEAD', branch]);
    if (mergeBase) return { ref: mergeBase, why: `where HEAD left ${branch}` };
  }
  return null;
}

function redocly(args, cwd) {
  const bin = path.join(path.dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
  return run(process.execPath, [bin, ...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 });
}

/** Bundles every API that a source tree's redocly.yaml lists; returns their paths by API name. */
async function bundleTree(treeDir, outDir) {
  const config = path.join(treeDir, 'redocly.yaml');
  const apis = Object.keys(parse(await readFile(config, 'utf8')).apis ?? {});
  await mkdir(outDir, { recursive: true });
  const bundles = Object.fromEntries(apis.map((api) => [api, path.join(outDir, `${api}.openapi.json`)]));
  await Promise.all(apis.map((api) => redocly(['bundle', api, '--config', config, '--output', bundles[api]], treeDir)));
  return bundles;
}

/**
 * Writes the description sources as they were at `ref` into a folder under
 * the repository's node_modules, so that the Redocly plugin they name resolves
 * its imports as it does in the working tree.
 */
async function checkoutSources(cwd, ref, into) {
  const tracked = (await git(cwd, ['ls-tree', '--name-only', ref])).split('\n');
  if (!tracked.includes('redocly.yaml')) return null;
  const wanted = ['redocly.yaml', 'specs', 'tools/redocly-rules'];
  const present = [];
  for (const entry of wanted)
    if ((await gitOrNull(cwd, ['cat-file', '-e', `${ref}:${entry}`])) !== null) present.push(entry);
  await mkdir(into, { recursive: true });
  const archive = path.join(into, 'sources.tar');
  await git(cwd, ['archive', '--format=tar', `--output=${archive}`, ref, ...present]);
  await run('tar', ['-xf', archive, '-C', into]);
  return into;
}

/** Optic's verdict on two bundles: breaking or not, and its report in words. */
export async function diffBundles(basePath, headPath) {
  const bin = require.resolve('@useoptic/optic/build/index.js');
  const scratch = await mkdtemp(path.join(path.dirname(headPath), 'optic-'));
  try {
    // Optic looks for its own config and git repository in the working
    // directory; an empty one keeps it to the two files and its default
    // breaking-change rules.
    const env = { ...process.env, OPTIC_TELEMETRY_LEVEL: 'off', NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true' };
    const result = await run(process.execPath, [bin, 'diff', basePath, headPath, '--check'], { cwd: scratch, env })
      .then(({ stdout }) => ({ code: 0, output: stdout }))
      .catch((error) => ({ code: error.code, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }));
    if (!/Checks: \d+\/\d+ passed|No operations changed|Operations:/.test(result.output)) {
      throw new Error(`optic diff did not run its checks (exit ${result.code}):\n${result.output}`);
    }
    const report = result.output
      .split('\n')
      .filter((line) => !/Preview docs:|--web flag/.test(line))
      .join('\n');
    return { breaking: result.code !== 0, report: report.trim() };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function packageVersion(cwd, ref, packageName) {
  const folder = packageName === '@chatapi/specs' ? 'specs' : `packages/${packageName.replace('@chatapi/', '')}`;
  const text = ref
    ? await gitOrNull(cwd, ['show', `${ref}:${folder}/package.json`])
    : await readFile(path.join(cwd, folder, 'package.json'), 'utf8').catch(() => null);
  return text ? JSON.parse(text).version : null;
}

/**
 * The packages a major release is declared for: by a pending changeset, or
 * by a version whose major number is already above the base's (a changeset
 * that `changeset version` has applied but that is not released yet).
 */
export async function declaredMajors(cwd, baseRef, packageNames) {
  const changesets = await readChangesets(cwd).catch(() => []);
  const declared = new Set(
    changesets.flatMap((changeset) => changeset.releases.filter((r) => r.type === 'major').map((r) => r.name)),
  );
  for (const name of packageNames) {
    const [before, now] = await Promise.all([packageVersion(cwd, baseRef, name), packageVersion(cwd, null, name)]);
    if (before && now && semver.major(now) > semver.major(before)) declared.add(name);
  }
  return declared;
}

/**
 * @typedef {object} Finding
 * @property {string} api
 * @property {'new' | 'compatible' | 'breaking'} status
 * @property {string} report Optic's report, or why there is none
 * @property {string[]} [undeclared] for a breaking change, the packages no changeset releases as major
 */

/**
 * Compares every API's description in the working tree with the one at the
 * base. Returns one finding per API and `ok`, false when a breaking change has
 * no major release declared for a package it breaks.
 * @param {{ cwd: string, base?: string }} options
 * @returns {Promise<{ base: { ref: string, why: string } | null, findings: Finding[], ok: boolean }>}
 */
export async function checkBreakingChanges({ cwd, base: given }) {
  const base = await findBase(cwd, given);
  if (!base) return { base: null, findings: [], ok: true };
  const scratch = path.join(cwd, 'node_modules', '.cache', 'chatapi-breaking-changes');
  await rm(scratch, { recursive: true, force: true });
  try {
    const baseTree = await checkoutSources(cwd, base.ref, path.join(scratch, 'base-tree'));
    const [before, after] = await Promise.all([
      baseTree ? bundleTree(baseTree, path.join(scratch, 'base')) : {},
      bundleTree(cwd, path.join(scratch, 'head')),
    ]);
    const apis = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    /** @type {Finding[]} */
    const findings = await Promise.all(
      apis.map(async (api) => {
        if (!before[api])
          return { api, status: /** @type {const} */ ('new'), report: 'a new API: nothing released to break' };
        const verdict = after[api]
          ? await diffBundles(before[api], after[api])
          : { breaking: true, report: `the ${api} API was removed` };
        const status = verdict.breaking ? /** @type {const} */ ('breaking') : /** @type {const} */ ('compatible');
        return { api, status, report: verdict.report };
      }),
    );
    const broken = findings.filter((f) => f.status === 'breaking');
    const needed = [...new Set(broken.flatMap((f) => packagesBrokenBy(f.api)))];
    const declared = await declaredMajors(cwd, base.ref, needed);
    for (const finding of broken) finding.undeclared = packagesBrokenBy(finding.api).filter((p) => !declared.has(p));
    return { base, findings, ok: broken.every((f) => f.undeclared.length === 0) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

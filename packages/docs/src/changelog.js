// The changelog of what a reader of one API installs: its client package and
// the description itself (@chatapi/specs). Released versions come from each
// package's CHANGELOG.md (written by changesets); what is merged and not yet
// released, from the pending changesets that name either package.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiOf } from '@chatapi/specs/catalogue';

const require = createRequire(import.meta.url);
const CHANGESETS = fileURLToPath(new URL('../../../.changeset/', import.meta.url));

/** A changeset file: the packages its frontmatter names, and its text. */
function parseChangeset(source) {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const packages = [...frontmatter.matchAll(/^['"]?(@[^'":]+)['"]?:\s*(\w+)/gm)].map(([, name, bump]) => ({
    name,
    bump,
  }));
  return { packages, body: body.trim() };
}

/**
 * A package's released entries, its version headings one level down so they sit inside the section. The kind of
 * change is a bold line, not a heading: every version has its "Minor changes", and as headings they gave the menu
 * one entry each and the page the same id twice.
 */
async function released(packageName) {
  const file = path.join(path.dirname(require.resolve(`${packageName}/package.json`)), 'CHANGELOG.md');
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .replace(/^# .*\n+/, '')
    .replace(/^## (.*)$/gm, `### ${packageName} $1`)
    .replace(/^### (Major|Minor|Patch) Changes$/gm, '**$1 changes**')
    .trim();
}

export async function changelogSection(api) {
  const packages = [apiOf(api).clientPackage, '@chatapi/specs'];
  const pending = [];
  for (const file of (await readdir(CHANGESETS))
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()) {
    const { packages: named, body } = parseChangeset(await readFile(path.join(CHANGESETS, file), 'utf8'));
    const bumps = named.filter((entry) => packages.includes(entry.name));
    if (bumps.length && body)
      pending.push(
        `- **${bumps.map((entry) => `${entry.name} (${entry.bump})`).join(', ')}**: ${body.replace(/\n+/g, ' ')}`,
      );
  }
  const history = (await Promise.all(packages.map(released))).filter(Boolean);
  return [
    '## Changelog',
    '',
    `What changed in \`${packages[0]}\` and in this description (\`@chatapi/specs\`), newest first.`,
    '',
    ...(pending.length ? ['### Not released yet', '', ...pending, ''] : []),
    ...history.flatMap((entries) => [entries, '']),
  ].join('\n');
}

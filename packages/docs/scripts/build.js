#!/usr/bin/env node
// Builds the offline reference into dist/:
//   index.html            a landing page: both APIs, their versions, links
//   <api>.html            Redoc's page, loading Redoc from redoc.standalone.js: nothing loads from a CDN
//   redoc.standalone.js   Redoc itself, once for both pages (src/shared-script.js)
//   *.br, *.gz            every text file compressed ahead of time, for the docs server
//   <api>.openapi.{yaml,json}   the bundled specs, to download
//   local/                the same for `pnpm start`, its samples calling the local sandboxes
// Each reference is built from a copy of the bundle with generated code
// samples on every operation, a line under each fact saying where it comes
// from (its x-provenance), and the API's quirks from specs/QUIRKS.md.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { API_NAMES, apiOf, bundleFileName, bundlePath, readBundle } from '@chatapi/specs/catalogue';
import { sampleClient, withCodeSamples } from '@chatapi/tools/code-samples';
import { withAccessibleColors } from '../src/accessible-colors.js';
import { changelogSection } from '../src/changelog.js';
import { withCopyButtons, withReadableCodePanels } from '../src/code-panels.js';
import { errorsSection } from '../src/errors-section.js';
import { gettingStartedSection } from '../src/getting-started.js';
import { withKeyboardAccess } from '../src/keyboard-access.js';
import { landingPage, sectionOf, withIcon } from '../src/landing-page.js';
import { withoutCdnAssets } from '../src/offline.js';
import { precompress } from '../src/precompress.js';
import { withProvenance } from '../src/provenance.js';
import { quirkReach, quirksSection, withQuirkLinks } from '../src/quirks.js';
import { LOCAL_FLAVOUR } from '../src/serve.js';
import { REDOC_SCRIPT, withFragmentLinks, withSharedRedoc } from '../src/shared-script.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, '../dist');
const redocly = require.resolve('@redocly/cli/bin/cli.js');
const specsDir = path.dirname(require.resolve('@chatapi/specs/package.json'));

await rm(dist, { recursive: true, force: true });
const quirks = await readFile(path.join(specsDir, 'QUIRKS.md'), 'utf8');

/** A description with `section` before its first `## ` heading, after its lead paragraphs. */
function withSectionFirst(description, section) {
  const at = description.search(/^## /m);
  return at < 0 ? `${description}\n\n${section}` : `${description.slice(0, at)}${section}\n${description.slice(at)}`;
}

/** The API's base URL on a sandbox at its default port: the published server's path on 127.0.0.1. */
const sandboxUrlOf = (api, dereferenced) =>
  `http://127.0.0.1:${apiOf(api).defaultPort}${new URL(sampleClient(api, dereferenced).serverUrl).pathname.replace(/\/$/, '')}`;

/**
 * One flavour of the docs in `out`: published (the spec's servers, placeholders for secrets) or, with
 * `sandbox`, the local one that `pnpm start` serves, whose samples call the sandboxes with their demo
 * credentials and run as shown.
 */
async function buildFlavour(out, { sandbox = false } = {}) {
  await mkdir(out, { recursive: true });
  const apis = [];
  let redoc;
  for (const api of API_NAMES) {
    const bundle = readBundle(api, 'json');
    const dereferenced = readBundle(api, 'deref');
    const flavour = sandbox ? { sandboxUrl: sandboxUrlOf(api, dereferenced) } : {};
    const reach = quirkReach(bundle);
    const documented = withQuirkLinks(withProvenance(withCodeSamples(bundle, dereferenced, api, flavour)), reach);
    const guide = gettingStartedSection(api, sampleClient(api, dereferenced, flavour), { sandbox });
    documented.info.description = withCopyButtons(
      [
        withSectionFirst(documented.info.description.trimEnd(), guide),
        errorsSection(api, dereferenced),
        quirksSection(quirks, api, bundle, reach),
        await changelogSection(api),
      ].join('\n\n'),
    );
    const source = path.join(out, `${api}.docs.json`);
    await writeFile(source, JSON.stringify(documented, null, 2));
    const page = path.join(out, `${api}.html`);
    await run(
      process.execPath,
      [
        redocly,
        'build-docs',
        source,
        '--inlineBundle',
        '--config',
        path.join(here, '../redocly.yaml'),
        '-o',
        page,
        '--title',
        `${bundle.info.title} reference`,
      ],
      {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    );
    const { library, page: own } = withSharedRedoc(
      withKeyboardAccess(
        withReadableCodePanels(withAccessibleColors(withFragmentLinks(withoutCdnAssets(await readFile(page, 'utf8'))))),
        `${bundle.info.title} reference`,
      ),
    );
    await writeFile(page, withIcon(own));
    if (redoc !== undefined && redoc !== library)
      throw new Error('the two references were built with different Redocs');
    redoc = library;
    for (const extension of ['yaml', 'json'])
      await copyFile(bundlePath(api, extension), path.join(out, bundleFileName(api, extension)));
    const operations = Object.values(bundle.paths).flatMap((item) =>
      Object.values(item).filter((operation) => operation?.operationId),
    );
    apis.push({
      api,
      title: bundle.info.title,
      version: bundle.info.version,
      summary: bundle.info.summary ?? '',
      operations: operations.length,
      deprecated: operations.filter((operation) => operation.deprecated).length,
      deprecation: sectionOf(bundle.info.description ?? '', 'Deprecated by the vendor'),
    });
  }
  await writeFile(path.join(out, REDOC_SCRIPT), redoc);
  await writeFile(path.join(out, 'index.html'), landingPage(apis));
}

await Promise.all([buildFlavour(dist), buildFlavour(path.join(dist, LOCAL_FLAVOUR), { sandbox: true })]);
await precompress(dist);
console.log(
  `docs: wrote ${API_NAMES.map((api) => `${api}.html`).join(', ')} and index.html to ${path.relative(process.cwd(), dist) || '.'}`,
);

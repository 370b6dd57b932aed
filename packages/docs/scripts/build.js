#!/usr/bin/env node
// Builds the offline reference into dist/:
//   index.html            a landing page: both APIs, their versions, links
//   <api>.html            Redoc, scripts inlined (--inlineBundle): nothing loads from a CDN
//   <api>.openapi.{yaml,json}   the bundled specs, to download
// Each reference is built from a copy of the bundle with generated code
// samples on every operation, a line under each fact saying where it comes
// from (its x-provenance), and the API's quirks from specs/QUIRKS.md.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { API_NAMES, bundleFileName, bundlePath, readBundle } from '@chatapi/specs/catalogue';
import { withCodeSamples } from '@chatapi/tools/code-samples';
import { landingPage, withIcon } from '../src/landing-page.js';
import { withoutCdnAssets } from '../src/offline.js';
import { withProvenance } from '../src/provenance.js';
import { quirksSection } from '../src/quirks.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, '../dist');
const redocly = require.resolve('@redocly/cli/bin/cli.js');
const specsDir = path.dirname(require.resolve('@chatapi/specs/package.json'));

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
const quirks = await readFile(path.join(specsDir, 'QUIRKS.md'), 'utf8');
const apis = [];
for (const api of API_NAMES) {
  const bundle = readBundle(api, 'json');
  const dereferenced = readBundle(api, 'deref');
  const documented = withProvenance(withCodeSamples(bundle, dereferenced, api));
  documented.info.description = `${documented.info.description.trimEnd()}\n\n${quirksSection(quirks, api)}`;
  const source = path.join(dist, `${api}.docs.json`);
  await writeFile(source, JSON.stringify(documented, null, 2));
  const page = path.join(dist, `${api}.html`);
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
  await writeFile(page, withIcon(withoutCdnAssets(await readFile(page, 'utf8'))));
  for (const extension of ['yaml', 'json'])
    await copyFile(bundlePath(api, extension), path.join(dist, bundleFileName(api, extension)));
  apis.push({
    api,
    title: bundle.info.title,
    version: bundle.info.version,
    summary: bundle.info.summary ?? '',
    operations: Object.values(bundle.paths).flatMap((item) =>
      Object.values(item).filter((operation) => operation?.operationId),
    ).length,
  });
}
await writeFile(path.join(dist, 'index.html'), landingPage(apis));
console.log(
  `docs: wrote ${API_NAMES.map((api) => `${api}.html`).join(', ')} and index.html to ${path.relative(process.cwd(), dist) || '.'}`,
);

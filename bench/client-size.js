#!/usr/bin/env node
// What an app pays to bundle each client, against bare openapi-fetch measured
// the same way in the same run: esbuild bundles an import of the client as an
// app's bundler would (minified, for browsers, dependencies included), gzip -9
// measures it. The clients' budget is 8 kB, openapi-fetch included.
//
//   pnpm --filter @chatapi/bench client-size
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const BUDGET_BYTES = 8 * 1024;
const here = path.dirname(new URL(import.meta.url).pathname);

async function size(source) {
  const result = await build({ stdin: { contents: source, resolveDir: here, loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' });
  const bytes = result.outputFiles[0].contents;
  return { minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}

require.resolve('@chatapi/nexudus-client'); // fail early, with a clear message, when the clients are not built
const entries = {
  'bare openapi-fetch (createClient)': `export { default } from 'openapi-fetch';`,
  '@chatapi/nexudus-client (createNexudusClient)': `export { createNexudusClient } from '@chatapi/nexudus-client';`,
  '@chatapi/popsell-client (createPopsellClient)': `export { createPopsellClient } from '@chatapi/popsell-client';`,
  '@chatapi/nexudus-client, ValidationError only': `export { ValidationError } from '@chatapi/nexudus-client';`,
};
const sizes = {};
for (const [name, source] of Object.entries(entries)) sizes[name] = await size(source);
const peer = sizes['bare openapi-fetch (createClient)'].gzipped;
console.table(Object.entries(sizes).map(([name, { minified, gzipped }]) => ({ bundle: name, 'minified bytes': minified, 'gzipped bytes': gzipped, 'vs openapi-fetch': +(gzipped / peer).toFixed(2) })));
const worst = Math.max(sizes['@chatapi/nexudus-client (createNexudusClient)'].gzipped, sizes['@chatapi/popsell-client (createPopsellClient)'].gzipped);
console.log(`\nlargest client ${worst} bytes gzipped (budget ${BUDGET_BYTES})`);
process.exitCode = worst <= BUDGET_BYTES ? 0 : 1;

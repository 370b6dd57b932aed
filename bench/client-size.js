#!/usr/bin/env node
// What an app pays to bundle each client, against bare openapi-fetch measured
// the same way in the same run: esbuild bundles an import of the client as an
// app's bundler would (minified, for browsers, dependencies included), gzip -9
// measures it. The clients' budget is 8 kB, openapi-fetch included.
//
//   pnpm --filter @chatapi/bench client-size
import { createRequire } from 'node:module';
import path from 'node:path';
import { bundleSize, CLIENT_BUDGET_BYTES } from '@chatapi/tools/bundle-size';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);

require.resolve('@chatapi/nexudus-client'); // fail early, with a clear message, when the clients are not built
const entries = {
  'bare openapi-fetch (createClient)': `export { default } from 'openapi-fetch';`,
  '@chatapi/nexudus-client (createNexudusClient)': `export { createNexudusClient } from '@chatapi/nexudus-client';`,
  '@chatapi/popsell-client (createPopsellClient)': `export { createPopsellClient } from '@chatapi/popsell-client';`,
  '@chatapi/nexudus-client, ValidationError only': `export { ValidationError } from '@chatapi/nexudus-client';`,
};
const sizes = {};
for (const [name, source] of Object.entries(entries)) sizes[name] = await bundleSize(source, here);
const peer = sizes['bare openapi-fetch (createClient)'].gzippedBytes;
console.table(
  Object.entries(sizes).map(([name, { minifiedBytes, gzippedBytes }]) => ({
    bundle: name,
    'minified bytes': minifiedBytes,
    'gzipped bytes': gzippedBytes,
    'vs openapi-fetch': +(gzippedBytes / peer).toFixed(2),
  })),
);
const worst = Math.max(
  sizes['@chatapi/nexudus-client (createNexudusClient)'].gzippedBytes,
  sizes['@chatapi/popsell-client (createPopsellClient)'].gzippedBytes,
);
console.log(`\nlargest client ${worst} bytes gzipped (budget ${CLIENT_BUDGET_BYTES})`);
process.exitCode = worst <= CLIENT_BUDGET_BYTES ? 0 : 1;

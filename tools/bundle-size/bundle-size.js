// What an app pays to bundle a package: esbuild bundles an entry as a user's
// bundler would (minified, for browsers, dependencies included) and gzip -9
// measures it; the metafile says which files ended up inside. The clients'
// size test and bench/client-size.js both measure with this.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The clients' budget: 8 kB minified and gzipped, openapi-fetch included. */
export const CLIENT_BUDGET_BYTES = 8 * 1024;

/** Bundles `source` (an ES module that imports what is measured) as if it sat in `resolveDir`. */
export async function bundleSize(source, resolveDir) {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0].contents;
  const [bundle] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(bundle.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
  return { minifiedBytes: output.length, gzippedBytes: gzipSync(output, { level: 9 }).length, inputs };
}

// What an app pays to bundle a package: esbuild bundles an entry as a user's
// bundler would (minified, for browsers, dependencies included) and gzip -9
// measures it; the metafile says which files ended up inside. The clients'
// size test and bench/client-size.js both measure with this, and the browser
// tests bundle what they run in Chromium with it.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The clients' budget: 8 kB minified and gzipped, openapi-fetch included. */
export const CLIENT_BUDGET_BYTES = 8 * 1024;

/**
 * Bundles `source` (an ES module) as if it sat in `resolveDir`, for browsers,
 * as a user's bundler would: the bundled code and esbuild's metafile. The
 * browser tests serve this code to Chromium.
 */
export async function bundleForBrowsers(source, resolveDir, { minify = true } = {}) {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    minify,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0].text, bytes: result.outputFiles[0].contents, metafile: result.metafile };
}

/** Bundles `source` (an ES module that imports what is measured) as if it sat in `resolveDir`. */
export async function bundleSize(source, resolveDir) {
  const { bytes, metafile } = await bundleForBrowsers(source, resolveDir);
  const [bundle] = Object.values(metafile.outputs);
  const inputs = Object.entries(bundle.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
  return { minifiedBytes: bytes.length, gzippedBytes: gzipSync(bytes, { level: 9 }).length, inputs };
}

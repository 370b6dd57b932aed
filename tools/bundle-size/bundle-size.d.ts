export interface BundleSize {
  minifiedBytes: number;
  gzippedBytes: number;
  /** The files with code in the bundle (loaded and tree-shaken away do not count). */
  inputs: string[];
}

/** The clients' budget: 8 kB minified and gzipped, openapi-fetch included. */
export const CLIENT_BUDGET_BYTES: number;

/** Bundles `source` (an ES module that imports what is measured) as if it sat in `resolveDir`. */
export function bundleSize(source: string, resolveDir: string): Promise<BundleSize>;

/** Bundles `source` for browsers as if it sat in `resolveDir`: the code, its bytes and esbuild's metafile. */
export function bundleForBrowsers(
  source: string,
  resolveDir: string,
  options?: { minify?: boolean },
): Promise<{ code: string; bytes: Uint8Array; metafile: import('esbuild').Metafile }>;

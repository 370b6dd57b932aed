// Loads the published bundles from dist/ (written by `pnpm build`, which the
// test task depends on).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { apiNames, bundleFiles } from '../scripts/apis.js';

export const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
export { apiNames };

export function bundlePaths(api: string) {
  return bundleFiles(distDir, api);
}

export function loadBundle(api: string, form: 'yaml' | 'json' | 'deref') {
  const text = readFileSync(bundlePaths(api)[form], 'utf8');
  return form === 'yaml' ? parse(text) : JSON.parse(text);
}

export const specsDir = path.dirname(distDir);

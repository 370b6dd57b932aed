// The API names come from redocly.yaml, so adding an API there is enough for
// the bundle, lint and test scripts to pick it up.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './cli.js';

export const configPath = path.join(repoRoot, 'redocly.yaml');
export const apiNames = Object.keys(parse(readFileSync(configPath, 'utf8')).apis);

// The three files published for each API: bundled YAML and JSON (with $refs
// inside the file) and fully dereferenced JSON for tools that handle no $refs.
export function bundleFiles(outDir, api) {
  return {
    yaml: path.join(outDir, `${api}.openapi.yaml`),
    json: path.join(outDir, `${api}.openapi.json`),
    deref: path.join(outDir, `${api}.openapi.deref.json`),
  };
}

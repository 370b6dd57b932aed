// Where the bundle, lint and test scripts find each API's files: the names
// come from the catalogue, whose test checks them against redocly.yaml.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { bundleFileName } from '../catalogue.js';
import { repoRoot } from './cli.js';

export const configPath = path.join(repoRoot, 'redocly.yaml');
export { API_NAMES as apiNames } from '../catalogue.js';

// The three files published for each API: bundled YAML and JSON (with $refs
// inside the file) and fully dereferenced JSON for tools that handle no $refs.
export function bundleFiles(outDir, api) {
  const file = (form) => path.join(outDir, bundleFileName(api, form));
  return { yaml: file('yaml'), json: file('json'), deref: file('deref') };
}

/** The Arazzo workflows of an API in the sources (`<api>/workflows/<name>.arazzo.yaml`), by name. */
export function workflowSources(api) {
  const dir = path.join(repoRoot, 'specs', api, 'workflows');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.arazzo.yaml'))
    .map((file) => ({ name: file.slice(0, -'.arazzo.yaml'.length), source: path.join(dir, file) }));
}

/** Where a workflow file is published: beside the bundle its steps call, as JSON. */
export const workflowFile = (outDir, api, name) => path.join(outDir, `${api}.${name}.arazzo.json`);

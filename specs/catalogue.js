// The APIs this package describes, where their published files are, and one
// way to walk their operations. Every other package (the sandbox, the
// clients' generator, the docs, the tools) reads these instead of keeping
// its own list: adding an API starts here and in redocly.yaml.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @type {import('./catalogue.js').Api[]} */
export const APIS = [
  {
    name: 'nexudus',
    title: 'Nexudus Spaces API (chat)',
    defaultPort: 4010,
    clientPackage: '@chatapi/nexudus-client',
    clientFactory: 'createNexudusClient',
    quirkPrefix: 'N',
  },
  {
    name: 'popsell',
    title: 'Popsell API v2 (chat)',
    defaultPort: 4011,
    clientPackage: '@chatapi/popsell-client',
    clientFactory: 'createPopsellClient',
    quirkPrefix: 'P',
  },
];

export const API_NAMES = APIS.map((api) => api.name);

/** One API of the catalogue, by name; throws for a name it does not have. */
export function apiOf(name) {
  const api = APIS.find((candidate) => candidate.name === name);
  if (!api) throw new Error(`@chatapi/specs describes no API "${name}" (it has ${API_NAMES.join(', ')})`);
  return api;
}

const BUNDLE_FILES = { yaml: 'openapi.yaml', json: 'openapi.json', deref: 'openapi.deref.json' };

/** The file name of a bundle: `yaml` and `json` keep components as $refs, `deref` inlines them all. */
export const bundleFileName = (name, form) => `${apiOf(name).name}.${BUNDLE_FILES[form]}`;

/** The path of a published bundle. */
export const bundlePath = (name, form) =>
  fileURLToPath(new URL(`./dist/${bundleFileName(name, form)}`, import.meta.url));

/** A published JSON bundle, parsed. */
export const readBundle = (name, form = 'deref') => JSON.parse(readFileSync(bundlePath(name, form), 'utf8'));

/** The methods an OpenAPI path item may hold, in the order operations are walked. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Every operation of a document, in document order: its path and method, the
 * path item's parameters merged with its own (its own win, by name and
 * location), its variants (`x-operation-variants`) and its client helper
 * (`x-client-helper`).
 */
export function operationsOf(doc) {
  const found = [];
  for (const [path, pathItem] of Object.entries(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const own = operation.parameters ?? [];
      const overridden = (parameter) => own.some((mine) => mine.name === parameter.name && mine.in === parameter.in);
      found.push({
        path,
        method,
        operationId: operation.operationId,
        operation,
        pathItem,
        parameters: [...(pathItem.parameters ?? []).filter((parameter) => !overridden(parameter)), ...own],
        variants: operation['x-operation-variants'] ?? [],
        helper: operation['x-client-helper'],
      });
    }
  }
  return found;
}

// Reads the fully dereferenced bundle that @chatapi/specs publishes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SchemaChecked } from './schema-checked.js';

export type ApiName = 'nexudus' | 'popsell';
export const API_NAMES: readonly ApiName[] = ['nexudus', 'popsell'];

// A dereferenced OpenAPI document; its shape is checked by @chatapi/specs' tests.
export type OpenApiDocument = Record<string, SchemaChecked>;

const require = createRequire(import.meta.url);
const cache = new Map<ApiName, OpenApiDocument>();

export function loadSpec(api: ApiName): OpenApiDocument {
  let doc = cache.get(api);
  if (!doc) {
    doc = JSON.parse(
      readFileSync(require.resolve(`@chatapi/specs/${api}.openapi.deref.json`), 'utf8'),
    ) as OpenApiDocument;
    cache.set(api, doc);
  }
  return doc;
}

/**
 * The spec's named schemas (`components.schemas` of the bundle), each one a
 * self-contained JSON Schema: the dereferenced bundle carries no components.
 */
export function namedSchemas(api: ApiName): Record<string, SchemaChecked> {
  const bundle = JSON.parse(readFileSync(require.resolve(`@chatapi/specs/${api}.openapi.json`), 'utf8'));
  const $defs = JSON.parse(
    JSON.stringify(bundle.components?.schemas ?? {}).replaceAll('"#/components/schemas/', '"#/$defs/'),
  ) as Record<string, SchemaChecked>;
  return Object.fromEntries(Object.keys($defs).map((name) => [name, { $defs, $ref: `#/$defs/${name}` }]));
}

export interface SpecOperation {
  /** Upper-case HTTP method. */
  method: string;
  /** The path template as the spec writes it, without the server's base path. */
  path: string;
  /** The Operation Object. */
  spec: Record<string, SchemaChecked>;
}

const operationIndexes = new Map<ApiName, Map<string, SpecOperation>>();

/** Every operation of an API's spec, by operationId. */
export function operationsById(api: ApiName): Map<string, SpecOperation> {
  let index = operationIndexes.get(api);
  if (!index) {
    index = new Map();
    for (const [path, item] of Object.entries<Record<string, SchemaChecked>>(loadSpec(api).paths ?? {})) {
      for (const [method, spec] of Object.entries<SchemaChecked>(item)) {
        if (spec?.operationId) index.set(spec.operationId, { method: method.toUpperCase(), path, spec });
      }
    }
    operationIndexes.set(api, index);
  }
  return index;
}

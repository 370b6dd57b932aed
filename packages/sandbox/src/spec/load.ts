// Reads the fully dereferenced bundle that @chatapi/specs publishes.
import { type ApiName, operationsOf, readBundle } from '@chatapi/specs/catalogue';
import type { SchemaChecked } from './schema-checked.js';

export { API_NAMES, type ApiName } from '@chatapi/specs/catalogue';

// A dereferenced OpenAPI document; its shape is checked by @chatapi/specs' tests.
export type OpenApiDocument = Record<string, SchemaChecked>;

const cache = new Map<ApiName, OpenApiDocument>();

export function loadSpec(api: ApiName): OpenApiDocument {
  let doc = cache.get(api);
  if (!doc) {
    doc = readBundle<OpenApiDocument>(api, 'deref');
    cache.set(api, doc);
  }
  return doc;
}

/**
 * The spec's named schemas (`components.schemas` of the bundle), each one a
 * self-contained JSON Schema: the dereferenced bundle carries no components.
 */
export function namedSchemas(api: ApiName): Record<string, SchemaChecked> {
  const bundle = readBundle<OpenApiDocument>(api, 'json');
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
    index = new Map(
      operationsOf<Record<string, SchemaChecked>>(loadSpec(api)).map(({ operationId, method, path, operation }) => [
        operationId,
        { method: method.toUpperCase(), path, spec: operation },
      ]),
    );
    operationIndexes.set(api, index);
  }
  return index;
}

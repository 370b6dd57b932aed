// Reads the fully dereferenced bundle that @chatapi/specs publishes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type ApiName = 'nexudus' | 'popsell';
export const API_NAMES: readonly ApiName[] = ['nexudus', 'popsell'];

// A dereferenced OpenAPI document; its shape is checked by @chatapi/specs' tests.
export type OpenApiDocument = Record<string, any>;

const require = createRequire(import.meta.url);
const cache = new Map<ApiName, OpenApiDocument>();

export function loadSpec(api: ApiName): OpenApiDocument {
  let doc = cache.get(api);
  if (!doc) {
    doc = JSON.parse(readFileSync(require.resolve(`@chatapi/specs/${api}.openapi.deref.json`), 'utf8')) as OpenApiDocument;
    cache.set(api, doc);
  }
  return doc;
}

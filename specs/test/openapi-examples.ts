// Checks every example in a dereferenced OpenAPI 3.1 document against the
// schema it illustrates: media-type and parameter examples, and `examples` /
// `example` inside schemas. Returns the failures instead of throwing, so a test
// can show them all at once, and can also prove that a bad example is caught.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { HTTP_METHODS } from '../catalogue.js';

// ajv-formats ships CommonJS; under NodeNext its default export sits one level down.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

type Json = any;
export interface ExampleFailure {
  pointer: string;
  errors: string;
}

// Strict, so that a misspelt keyword in a schema fails instead of being ignored;
// OpenAPI's own schema keywords and any vendor extension are declared known.
function createAjv(doc: Json) {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs', ...vendorExtensions(doc)]);
  return ajv;
}

function vendorExtensions(doc: Json): string[] {
  const found = new Set<string>();
  const visit = (node: Json) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('x-')) found.add(key);
      visit(child);
    }
  };
  visit(doc);
  return [...found];
}

const SCHEMA_CHILDREN = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs'];

const escapePointer = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

export function findInvalidExamples(doc: Json): ExampleFailure[] {
  const ajv = createAjv(doc);
  const failures: ExampleFailure[] = [];
  const check = (schema: Json, value: Json, pointer: string) => {
    const validate = ajv.compile(schema);
    if (!validate(value)) failures.push({ pointer, errors: ajv.errorsText(validate.errors) });
  };

  const walkSchema = (schema: Json, pointer: string) => {
    if (!schema || typeof schema !== 'object') return;
    for (const [index, value] of (schema.examples ?? []).entries())
      check(schema, value, `${pointer}/examples/${index}`);
    if (schema.example !== undefined) check(schema, schema.example, `${pointer}/example`);
    for (const key of SCHEMA_CHILDREN) walkSchema(schema[key], `${pointer}/${key}`);
    for (const key of SCHEMA_LISTS)
      for (const [i, child] of (schema[key] ?? []).entries()) walkSchema(child, `${pointer}/${key}/${i}`);
    for (const key of SCHEMA_MAPS) {
      for (const [name, child] of Object.entries(schema[key] ?? {}))
        walkSchema(child, `${pointer}/${key}/${escapePointer(name)}`);
    }
  };

  // A media type or a parameter: a schema with `example` or named `examples`.
  const walkExampleHolder = (holder: Json, pointer: string) => {
    if (!holder?.schema) return;
    walkSchema(holder.schema, `${pointer}/schema`);
    if (holder.example !== undefined) check(holder.schema, holder.example, `${pointer}/example`);
    for (const [name, example] of Object.entries<Json>(holder.examples ?? {})) {
      if ('value' in example) check(holder.schema, example.value, `${pointer}/examples/${escapePointer(name)}/value`);
    }
  };
  const walkContent = (content: Json, pointer: string) => {
    for (const [type, media] of Object.entries(content ?? {}))
      walkExampleHolder(media, `${pointer}/content/${escapePointer(type)}`);
  };
  const walkParameters = (parameters: Json[] | undefined, pointer: string) => {
    for (const [i, parameter] of (parameters ?? []).entries())
      walkExampleHolder(parameter, `${pointer}/parameters/${i}`);
  };

  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    const itemPointer = `#/paths/${escapePointer(path)}`;
    walkParameters(item.parameters, itemPointer);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const opPointer = `${itemPointer}/${method}`;
      walkParameters(operation.parameters, opPointer);
      walkContent(operation.requestBody?.content, `${opPointer}/requestBody`);
      for (const [status, response] of Object.entries<Json>(operation.responses ?? {})) {
        walkContent(response.content, `${opPointer}/responses/${status}`);
      }
    }
  }
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {}))
    walkSchema(schema, `#/components/schemas/${escapePointer(name)}`);
  return failures;
}

// How many examples a document holds, so a test can tell "all valid" from "none found".
export function countExamples(doc: Json): number {
  let count = 0;
  const visit = (node: Json, key?: string) => {
    if (!node || typeof node !== 'object') return;
    if (key === 'examples' && !Array.isArray(node)) count += Object.keys(node).length;
    else if (key === 'examples') count += node.length;
    else if (key === 'example') count += 1;
    if (key === 'example') return;
    for (const [childKey, child] of Object.entries(node)) visit(child, Array.isArray(node) ? undefined : childKey);
  };
  visit(doc);
  return count;
}

// One Ajv configuration for everything the sandbox checks against the spec:
// JSON Schema 2020-12 (OpenAPI 3.1), formats on, OpenAPI's extra keywords known.
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv ships CommonJS; under NodeNext the default export sits one level down.
const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export type Validator = ReturnType<InstanceType<typeof Ajv2020>['compile']>;
const OPENAPI_KEYWORDS = ['example', 'discriminator', 'xml', 'externalDocs'];

export function createAjv({ coerceTypes = false } = {}) {
  // strictNumbers: JSON such as 1e400 parses to Infinity, which no answer could carry back.
  // verbose: a failed `not` names the field it forbids only through its schema.
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    coerceTypes,
    allowUnionTypes: true,
    strictNumbers: true,
    verbose: true,
  });
  addFormats(ajv);
  // ajv-formats takes any integer as int64; past 2^53 - 1 JavaScript no longer holds it exactly.
  ajv.addFormat('int64', { type: 'number', validate: Number.isSafeInteger });
  ajv.addVocabulary(OPENAPI_KEYWORDS);
  return ajv;
}

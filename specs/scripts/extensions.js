// Checks every use of the project's extensions in a bundle against the JSON
// Schema that declares it (extensions/<name>.schema.json): `x-sources` at the
// root, `x-provenance`, `x-client-helper` and `x-operation-variants`
// wherever they appear, and `x-published-value` on Example objects.
import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { usesOf } from './provenance.js';

// ajv-formats ships CommonJS; under NodeNext its default export sits one level down.
const addFormats = /** @type {typeof addFormatsModule.default} */ (/** @type {unknown} */ (addFormatsModule));

const extensionsDir = new URL('../extensions/', import.meta.url);

const EXTENSIONS = ['x-provenance', 'x-sources', 'x-client-helper', 'x-operation-variants', 'x-published-value'];

/** One validator per extension, compiled with the others so their schemas may refer to one another. */
async function validators() {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  for (const name of EXTENSIONS)
    ajv.addSchema(
      JSON.parse(await readFile(new URL(`${name}.schema.json`, extensionsDir), 'utf8')),
      `${name}.schema.json`,
    );
  return Object.fromEntries(EXTENSIONS.map((name) => [name, ajv.getSchema(`${name}.schema.json`)]));
}

/** The JSON pointer of a key inside the object at `holder`. */
const pointerOf = (holder, key) =>
  [...holder, key].map((segment) => `/${segment.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/** What is wrong with the extensions of the bundle at `file`, one line each; none when all fit. */
export async function extensionProblems(file) {
  const doc = JSON.parse(await readFile(file, 'utf8'));
  const validate = await validators();
  const problems = [];
  const check = (name, at, value) => {
    if (validate[name](value)) return;
    for (const error of validate[name].errors)
      problems.push(`${file}#${at}${error.instancePath}: ${name} ${error.message}`);
  };
  if (doc['x-sources'] === undefined) problems.push(`${file}: the root needs x-sources`);
  else check('x-sources', '/x-sources', doc['x-sources']);
  for (const name of ['x-provenance', 'x-client-helper', 'x-operation-variants'])
    for (const { holder, value } of usesOf(doc, name)) check(name, pointerOf(holder, name), value);
  // Example objects are the values of `examples` maps (a schema's `examples` is an array of plain values).
  for (const { holder, value: examples } of usesOf(doc, 'examples')) {
    if (!examples || typeof examples !== 'object' || Array.isArray(examples)) continue;
    for (const [key, example] of Object.entries(examples))
      if (example && typeof example === 'object' && 'x-published-value' in example)
        check(
          'x-published-value',
          pointerOf([...holder, 'examples', key], 'x-published-value'),
          example['x-published-value'],
        );
  }
  return problems;
}

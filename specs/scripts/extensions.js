// Checks every use of the project's extensions in a bundle against the JSON
// Schema that declares it (extensions/<name>.schema.json): `x-sources` at the
// root, and `x-provenance` wherever it appears.
import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats ships CommonJS; under NodeNext its default export sits one level down.
const addFormats = /** @type {typeof addFormatsModule.default} */ (/** @type {unknown} */ (addFormatsModule));

const extensionsDir = new URL('../extensions/', import.meta.url);

async function validatorOf(name) {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(await readFile(new URL(`${name}.schema.json`, extensionsDir), 'utf8')));
}

/** Every value of `key` in `node`, with its JSON pointer. */
function* usesOf(node, key, pointer = '') {
  if (node === null || typeof node !== 'object') return;
  for (const [name, value] of Object.entries(node)) {
    const at = `${pointer}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (name === key) yield { at, value };
    else yield* usesOf(value, key, at);
  }
}

/** What is wrong with the extensions of the bundle at `file`, one line each; none when all fit. */
export async function extensionProblems(file) {
  const doc = JSON.parse(await readFile(file, 'utf8'));
  const validate = { 'x-provenance': await validatorOf('x-provenance'), 'x-sources': await validatorOf('x-sources') };
  const problems = [];
  const check = (name, at, value) => {
    if (validate[name](value)) return;
    for (const error of validate[name].errors)
      problems.push(`${file}#${at}${error.instancePath}: ${name} ${error.message}`);
  };
  if (doc['x-sources'] === undefined) problems.push(`${file}: the root needs x-sources`);
  else check('x-sources', '/x-sources', doc['x-sources']);
  for (const { at, value } of usesOf(doc, 'x-provenance')) check('x-provenance', at, value);
  return problems;
}

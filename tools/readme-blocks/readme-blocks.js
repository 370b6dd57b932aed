// Lists in READMEs that restate the spec (the client helpers) are generated into marked blocks, so they cannot
// drift from it:
//
//   <!-- BEGIN generated: helpers nexudus -->
//   ...written by chatapi-readme-blocks...
//   <!-- END generated -->
//
// A block names its kind and API; the text between the markers is replaced
// with what that kind's generator writes from the published bundles.
import { operationsOf, readBundle } from '@chatapi/specs/catalogue';

const BLOCK = /(<!-- BEGIN generated: ([\w-]+) (\w+) -->)([\s\S]*?)(<!-- END generated -->)/g;

const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
const code = (text) => `\`${text}\``;

/** Every helper the generated client has, with the call it makes and what it does. */
function helpers(api) {
  const rows = [];
  // Helpers as the lint rule chatapi/client-helper has checked them: their shape is not typed here.
  const entries = /** @type {import('@chatapi/specs/catalogue').OperationEntry<any>[]} */ (
    operationsOf(readBundle(api, 'deref'))
  );
  for (const { path: route, method, operation, variants } of entries) {
    const helper = /** @type {any} */ (operation['x-client-helper']);
    const call = code(`${method.toUpperCase()} ${route}`);
    rows.push([code(helper.name), call, operation.summary]);
    if (helper.pagination)
      rows.push([code(helper.pagination.iterateName), 'the same, page after page', 'Every record of every page']);
    for (const variant of /** @type {any[]} */ (variants)) {
      const ids = variant['x-client-helper'].idsParameter;
      rows.push([code(variant['x-client-helper'].name), `the same, ${code(`${ids}=[1,2]`)}`, variant.summary]);
    }
    if (helper.patch)
      rows.push([
        code(helper.patch.name),
        `${code('GET')} then ${code(method.toUpperCase())}`,
        'Changes only the given fields: reads the record and sends it back whole; not atomic',
      ]);
  }
  return table(['Helper', 'Calls', 'What it does'], rows);
}

export const GENERATORS = { helpers };

/**
 * The text with every block regenerated; throws on a block of a kind no generator writes.
 * @param {string} text
 * @param {Record<string, (api: any) => string>} [generators]
 */
export function withBlocks(text, generators = GENERATORS) {
  return text.replace(BLOCK, (_whole, begin, kind, api, body, end) => {
    const generate = generators[kind];
    if (!generate)
      throw new Error(`no generator for "${kind}" blocks (there are ${Object.keys(generators).join(', ')})`);
    const inline = !body.includes('\n');
    return inline ? `${begin}${generate(api)}${end}` : `${begin}\n${generate(api)}\n${end}`;
  });
}

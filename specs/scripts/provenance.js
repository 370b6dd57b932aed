#!/usr/bin/env node
// `chatapi-provenance` (`pnpm --filter @chatapi/specs provenance`): lists the
// facts of the published descriptions by where they come from, read from
// their `x-provenance` (see extensions/README.md).
//
//   chatapi-provenance [--kind inferred|modelled|documented|all] [--quirk N33] [--api nexudus] [--json]
//
// Without options it lists every inferred fact of both APIs.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { API_NAMES, HTTP_METHODS, readBundle } from '../catalogue.js';

const METHODS = new Set(HTTP_METHODS);
/** A JSON pointer's segment as the key it names: `~1` is `/`, `~0` is `~`. */
export const pointerSegment = (segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~');

/** Where a pointer into the bundle is, in the words a reader uses: `createToken 400`, `schema Rating.value`. */
function placeOf(doc, segments) {
  const [top, ...rest] = segments;
  let node = doc;
  const names = [];
  let operationLabel;
  for (const [index, segment] of segments.entries()) {
    const parent = node;
    node = node?.[segment];
    const key = segments[index - 1];
    if (top === 'paths' && index === 2 && METHODS.has(segment))
      operationLabel = `${node.operationId} (${segment.toUpperCase()} ${pointerSegment(segments[1])})`;
    if (key === 'properties') names.push(segment);
    if (key === 'parameters') names.push(`parameter ${node?.name ?? segment}`);
    if (key === 'responses' && parent === doc.components?.responses) names.push(segment);
    if (key === 'responses' && /^\d{3}$/.test(segment)) names.push(segment);
    if (segment === 'requestBody') names.push('body');
    if (key === 'x-operation-variants') names.push(`variant ${node?.operationId ?? segment}`);
  }
  if (top === 'paths') return [operationLabel ?? `path ${pointerSegment(rest[0])}`, ...names].join(' ');
  if (top === 'components') {
    const [type, name] = rest;
    const kind =
      { schemas: 'schema', responses: 'response', parameters: 'parameter', securitySchemes: 'security scheme' }[type] ??
      type;
    return `${kind} ${[name, ...names.filter((part) => part !== name && !part.startsWith('parameter '))].join('.')}`;
  }
  if (top === 'servers') return `server ${doc.servers[rest[0]]?.url}`;
  return segments.join('/');
}

/**
 * Every value of the extension `key` in a document, with the path of the object that holds it.
 * Examples are data, not description: what they hold is not looked into.
 */
export function* usesOf(node, key, holder = []) {
  if (node === null || typeof node !== 'object') return;
  for (const [name, value] of Object.entries(node)) {
    if (name === key) yield { holder, value };
    else if (name !== 'examples' && name !== 'example') yield* usesOf(value, key, [...holder, name]);
  }
}

/** Every fact of a bundle that carries its own `x-provenance`, with where it is. */
export function provenanceFacts(api, doc) {
  const facts = [];
  for (const { holder: segments, value: provenance } of usesOf(doc, 'x-provenance')) {
    const { responses, ...own } = provenance;
    facts.push({ api, where: placeOf(doc, segments), ...own });
    for (const [status, override] of Object.entries(responses ?? {}))
      facts.push({ api, where: `${placeOf(doc, segments)} ${status}`, ...override });
  }
  return facts;
}

function format(fact, sources) {
  const pages = (fact.sources ?? []).map((key) => sources[key]?.title ?? key).join('; ');
  return [
    `${fact.api}  ${fact.kind}  ${fact.where}`,
    fact.basis && `    ${fact.basis}`,
    pages && `    sources: ${pages}`,
    fact.quirks && `    QUIRKS.md: ${fact.quirks.join(', ')}`,
  ]
    .filter(Boolean)
    .join('\n');
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      kind: { type: 'string', default: 'inferred' },
      quirk: { type: 'string' },
      api: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!['inferred', 'modelled', 'documented', 'all'].includes(values.kind)) {
    console.error(`--kind must be inferred, modelled, documented or all, not ${values.kind}`);
    process.exit(2);
  }
  const apis = /** @type {import('../catalogue.js').ApiName[]} */ (values.api ? [values.api] : API_NAMES);
  if (values.api && !API_NAMES.includes(apis[0])) {
    console.error(`--api must be one of ${API_NAMES.join(', ')}`);
    process.exit(2);
  }
  const lines = [];
  const found = [];
  for (const api of apis) {
    const doc = readBundle(api, 'json');
    const facts = provenanceFacts(api, doc).filter((fact) =>
      values.quirk ? fact.quirks?.includes(values.quirk) : values.kind === 'all' || fact.kind === values.kind,
    );
    found.push(...facts);
    lines.push(...facts.map((fact) => format(fact, doc['x-sources'] ?? {})));
  }
  if (values.json) console.log(JSON.stringify(found, null, 2));
  else {
    console.log(lines.join('\n'));
    const what = values.quirk ? `naming ${values.quirk}` : values.kind === 'all' ? '' : values.kind;
    console.error(`\n${found.length} ${what} fact${found.length === 1 ? '' : 's'}`.replace(/ {2}/, ' '));
  }
}

// Where each fact of the reference comes from, printed under it: a line on
// every operation, response, parameter, schema and property that carries
// `x-provenance` (see @chatapi/specs' extensions/README.md), naming the
// vendor's pages with their links, or saying what an inference rests on.
import { operationsOf } from '@chatapi/specs/catalogue';
import { quirkLink } from './quirks.js';

const linked = (sources, keys) =>
  (keys ?? []).map((key) => {
    const page = sources[key];
    if (!page) return key;
    return page.url ? `[${page.title}](${page.url})` : page.title;
  });

/**
 * The provenance line of one fact, in Markdown. `scope` names what it is
 * about when that is narrower than the node it is printed on.
 */
export function provenanceLine(provenance, sources, scope = '') {
  const pages = linked(sources, provenance.sources).join(', ');
  const quirks = provenance.quirks
    ? `quirk ${provenance.quirks.map((id) => `[${id}](${quirkLink(id)})`).join(', ')}`
    : '';
  const label = { documented: 'Documented', inferred: 'Inferred', modelled: 'Modelled by this project' }[
    provenance.kind
  ];
  const head = `**${label}${scope}:**`;
  if (provenance.kind === 'documented') return `${head} ${pages}${quirks ? ` (${quirks})` : ''}.`;
  return [head, provenance.basis, pages && `Pages it starts from: ${pages}.`, quirks && `See ${quirks}.`]
    .filter(Boolean)
    .join(' ');
}

const withLine = (node, line) => ({
  ...node,
  description: node.description ? `${node.description.trimEnd()}\n\n${line}` : line,
});

/** Adds the line to every node under `node` that carries x-provenance (schemas, properties, parameters). */
function annotateTree(node, sources) {
  if (Array.isArray(node)) return node.map((item) => annotateTree(item, sources));
  if (node === null || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node))
    copy[key] =
      key === 'examples' || key === 'example' || key === 'x-provenance' ? value : annotateTree(value, sources);
  const own = node['x-provenance'];
  // An operation's provenance is handled with its responses; an override map is not a fact itself.
  if (own && !node.operationId) return withLine(copy, provenanceLine(own, sources));
  return copy;
}

/**
 * A copy of a bundle (components as $refs) whose descriptions end with their
 * provenance. A shared response that an operation's provenance overrides for
 * one status is copied into that operation, the override's line under its own.
 */
export function withProvenance(bundle) {
  const sources = bundle['x-sources'] ?? {};
  const doc = annotateTree(bundle, sources);
  for (const { path: route, method, operation } of operationsOf(doc)) {
    const provenance = bundle.paths[route][method]?.['x-provenance'];
    if (!provenance) continue;
    Object.assign(operation, withLine(operation, provenanceLine(provenance, sources)));
    for (const [status, override] of Object.entries(provenance.responses ?? {})) {
      // The shared response keeps its own line (its body's provenance) under this status's.
      const response = operation.responses[status];
      const shared = response.$ref ? doc.components.responses[response.$ref.split('/').pop()] : response;
      operation.responses[status] = withLine(
        shared,
        provenanceLine(override, sources, ` (${status} on this operation)`),
      );
    }
  }
  return doc;
}

// The quirks of one API, from specs/QUIRKS.md, as a section of its reference,
// and the links to them from the operations they shape.
//
// The ledger's Evidence column cites the seed files and the fact sheet, which
// readers of the reference do not have. The reference cites vendor pages
// instead: the pages of the seeds the row names (their `seed` in x-sources),
// and the pages of every fact whose x-provenance names the quirk. Which
// operations a quirk shapes is read the same way: an operation is shaped by
// the quirks its own provenance names and those of every parameter, body,
// response, schema and security scheme it reaches.
//
// Each quirk is a block of paragraphs, not a table row, so that it reads on a
// phone without scrolling sideways. Its anchor is a fragment inside the Quirks
// section's route (`#/section/quirks#quirk-n1`): Redoc routes only its menu's
// headings and leaves the second fragment to the browser.
import { apiOf, operationsOf } from '@chatapi/specs/catalogue';
import { pointerSegment, usesOf } from '@chatapi/specs/provenance';
import { operationRoute } from './shared-script.js';

/** The link to a quirk's block in the reference it belongs to. */
export const quirkLink = (id) => `#/section/quirks#quirk-${id.toLowerCase()}`;

/** The link to an operation's page. */
const operationLink = (operation) => `#/${operationRoute(operation)}`;

/** The rows of the ledger whose Id starts with `prefix`, their cells trimmed. A `|` inside a cell is written `\|`. */
export function ledgerRows(ledger, prefix) {
  return ledger
    .split('\n')
    .filter((line) => new RegExp(`^\\|\\s*${prefix}\\d+\\s*\\|`).test(line))
    .map((line) => {
      const [id, quirk, evidence, decision] = line
        .replace(/^\|/, '')
        .replace(/\|\s*$/, '')
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replaceAll('\\|', '|'));
      return { id, quirk, evidence, decision };
    });
}

/** An x-provenance's facts: its own, and each status's override on an operation. */
const factsOf = (provenance) => [provenance, ...Object.values(provenance.responses ?? {})];

const resolve = (doc, ref) =>
  ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((node, segment) => node?.[pointerSegment(segment)], doc);

/** Every quirk named under `node`, following local $refs (each once). */
function quirksReached(doc, node, found = new Set(), seen = new Set()) {
  if (node === null || typeof node !== 'object') return found;
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#/')) {
    if (seen.has(node.$ref)) return found;
    seen.add(node.$ref);
    quirksReached(doc, resolve(doc, node.$ref), found, seen);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'x-provenance') for (const fact of factsOf(value)) for (const id of fact.quirks ?? []) found.add(id);
    else if (key !== 'examples' && key !== 'example') quirksReached(doc, value, found, seen);
  }
  return found;
}

/**
 * Where each quirk of a bundle (components as $refs) shows: `pages`, the x-sources keys of the facts that name
 * it; `operations`, the operations it shapes. A quirk named on the servers shapes every operation.
 */
export function quirkReach(bundle) {
  const reach = new Map();
  const of = (id) => {
    if (!reach.has(id)) reach.set(id, { pages: new Set(), operations: [], everywhere: false });
    return reach.get(id);
  };
  for (const { value: provenance } of usesOf(bundle, 'x-provenance'))
    for (const fact of factsOf(provenance))
      for (const id of fact.quirks ?? []) for (const key of fact.sources ?? []) of(id).pages.add(key);
  for (const id of quirksReached(bundle, bundle.servers)) of(id).everywhere = true;
  for (const { operation, parameters } of operationsOf(bundle)) {
    const security = (operation.security ?? bundle.security ?? []).flatMap((requirement) => Object.keys(requirement));
    const reached = quirksReached(bundle, {
      operation,
      parameters,
      schemes: security.map((name) => bundle.components?.securitySchemes?.[name]),
    });
    for (const id of reached) of(id).operations.push(operation);
  }
  return reach;
}

/** The quirks that shape each operation, by operationId, in ledger order. */
export function quirksByOperation(reach) {
  const byOperation = new Map();
  const order = (id) => Number(id.slice(1));
  for (const [id, { operations }] of [...reach].sort(([a], [b]) => order(a) - order(b)))
    for (const { operationId } of operations)
      byOperation.set(operationId, [...(byOperation.get(operationId) ?? []), id]);
  return byOperation;
}

/** Text with every mention of a quirk of `ids` (`N6`) outside code spans turned into a link to it. */
export function withQuirkMentionsLinked(text, ids) {
  return text
    .split(/(`[^`]*`)/)
    .map((part, index) =>
      index % 2 ? part : part.replace(/\b([NP]\d+)\b/g, (id) => (ids.has(id) ? `[${id}](${quirkLink(id)})` : id)),
    )
    .join('');
}

const pageLink = (page) => (page.url ? `[${page.title}](${page.url})` : page.title);

/** The vendor pages (then the standards) a row rests on: its seeds' pages and its facts' sources. */
function evidenceOf(row, reach, sources) {
  const seeds = new Set(row.evidence.match(/\b\d{3}\b/g) ?? []);
  const keys = new Set([
    ...Object.keys(sources).filter((key) => seeds.has(sources[key].seed)),
    ...(reach?.pages ?? []),
  ]);
  const pages = [...keys].map((key) => sources[key]).filter(Boolean);
  return [
    ...pages.filter((page) => page.publisher === 'vendor'),
    ...pages.filter((page) => page.publisher !== 'vendor'),
  ];
}

/**
 * The Quirks section of an API's reference: one block per ledger row, with its pages and the operations it
 * shapes (`reach`, the bundle's `quirkReach`).
 */
export function quirksSection(ledger, api, bundle, reach) {
  const rows = ledgerRows(ledger, apiOf(api).quirkPrefix);
  if (rows.length === 0) throw new Error(`specs/QUIRKS.md has no ${apiOf(api).quirkPrefix} rows for ${api}`);
  const sources = bundle['x-sources'] ?? {};
  const ids = new Set(rows.map((row) => row.id));
  const blocks = rows.map((row) => {
    const where = reach.get(row.id);
    const pages = evidenceOf(row, where, sources);
    if (pages.length === 0) throw new Error(`quirk ${row.id} cites no page: name it in an x-provenance with sources`);
    const operations = (where?.operations ?? []).map(
      (operation) => `[${operation.summary ?? operation.operationId}](${operationLink(operation)})`,
    );
    const shapes = where?.everywhere ? 'every operation' : operations.join(', ') || 'no single operation';
    return [
      `<div id="quirk-${row.id.toLowerCase()}" class="quirk">`,
      '',
      `**${row.id}.** ${withQuirkMentionsLinked(row.quirk, ids)}`,
      '',
      `**Decision:** ${withQuirkMentionsLinked(row.decision, ids)}`,
      '',
      `**Vendor pages:** ${pages.map(pageLink).join(', ')}.`,
      '',
      `**Shapes:** ${shapes}.`,
      '',
      '</div>',
    ].join('\n');
  });
  return [
    '## Quirks',
    '',
    "Where the vendor's documents contradict themselves or are silent, this reference follows what real traffic looks like. Each decision, with the pages it rests on and the operations it shapes:",
    '',
    ...blocks.flatMap((block) => [block, '']),
  ].join('\n');
}

/** A copy of a documented bundle whose operations each end with links to the quirks that shape them. */
export function withQuirkLinks(doc, reach) {
  const byOperation = quirksByOperation(reach);
  const copy = structuredClone(doc);
  for (const { operation } of /** @type {{ operation: { operationId: string, description?: string } }[]} */ (
    operationsOf(copy)
  )) {
    const ids = byOperation.get(operation.operationId);
    if (!ids) continue;
    const line = `**Quirks that shape it:** ${ids.map((id) => `[${id}](${quirkLink(id)})`).join(', ')}.`;
    operation.description = operation.description ? `${operation.description.trimEnd()}\n\n${line}` : line;
  }
  return copy;
}

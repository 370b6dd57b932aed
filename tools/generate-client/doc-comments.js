// The lines of a helper's doc comment: what the operation does, who may call
// it, where it comes from (its x-provenance) and whether it is deprecated.

const listed = (items) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items[0]);

/** Where the operation comes from (its x-provenance): a sentence, and a `@see` per vendor page of `sources`. */
export function provenanceLines(operation, sources) {
  const provenance = operation['x-provenance'];
  if (!provenance) return [];
  const quirks = provenance.quirks ? ` (quirk ${provenance.quirks.join(', ')})` : '';
  const inferredStatuses = Object.entries(provenance.responses ?? {})
    .filter(([, override]) => override.kind !== 'documented')
    .map(([status]) => status);
  const answers = inferredStatuses.length
    ? `; its ${listed(inferredStatuses)} ${inferredStatuses.length > 1 ? 'answers are' : 'answer is'} inferred`
    : '';
  const sentence =
    provenance.kind === 'documented'
      ? `Documented by the vendor${quirks}${answers}.`
      : `${provenance.kind === 'inferred' ? 'Inferred' : 'Modelled by chatapi'}: ${provenance.basis}${quirks ? ` See${quirks.replace(/[()]/g, '')}.` : ''}`;
  const pages = (provenance.sources ?? [])
    .map((key) => sources[key])
    .filter((page) => page?.publisher === 'vendor' && page.url)
    .map((page) => `@see {@link ${page.url} | ${page.title}}`);
  return [sentence, ...pages];
}

/** The doc comment of a helper of `operation`; `extra` says what this helper adds to the operation. */
export function helperDocLines(operation, extra = [], sources = {}) {
  const roles = operation['x-required-roles'] ?? [];
  return [
    operation.summary,
    roles.length
      ? `Needs the role${roles.length > 1 ? 's' : ''} ${roles.map((role) => `\`${role}\``).join(', ')} (or a full administrator).`
      : undefined,
    ...extra,
    ...provenanceLines(operation, sources),
    operation.deprecated ? '@deprecated Deprecated by the vendor.' : undefined,
  ].filter(Boolean);
}

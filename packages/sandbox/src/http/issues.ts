// A problem with one part of a request, before a vendor puts it in its words.
import type { ErrorObject } from 'ajv';
import type { ParameterLocation } from '../spec/operations.js';

export type IssueKind = 'required' | 'invalid' | 'malformed' | 'too-large' | 'media-type';

export interface Issue {
  kind: IssueKind;
  location: ParameterLocation | 'body';
  /** The parameter or top-level body field at fault; '' for the body as a whole. */
  field: string;
  /** What is wrong, in words any vendor can use after the field name ("must be integer"). */
  message: string;
  value?: unknown;
}

const valueAt = (data: unknown, pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .reduce<unknown>(
      (node, key) =>
        node == null ? undefined : (node as Record<string, unknown>)[key.replaceAll('~1', '/').replaceAll('~0', '~')],
      data,
    );

function messageOf(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'type':
      return `must be ${[error.params.type].flat().join(' or ')}`;
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(error.params.allowedValue)}`;
    case 'pattern':
      return 'is not in the expected format';
    case 'format':
      return `must be a valid ${error.params.format}`;
    default:
      return error.message ?? 'is not valid';
  }
}

// anyOf/oneOf report every branch and then a summary. The branch worth telling
// is the one that is not "or else null" and not the summary itself.
const isSummary = (error: ErrorObject) => error.keyword === 'anyOf' || error.keyword === 'oneOf';
const isNullBranch = (error: ErrorObject) => error.keyword === 'type' && error.params.type === 'null';
const rank = (error: ErrorObject) => (isSummary(error) ? 2 : isNullBranch(error) ? 1 : 0);

// For a oneOf of variants told apart by a `const` (a token request's
// grant_type), the variants whose const did not match are not what the caller
// meant: report only the variant that did match.
function withoutUnmatchedVariants(errors: ErrorObject[]): ErrorObject[] {
  const branchOf = (error: ErrorObject) => /^#\/(?:oneOf|anyOf)\/(\d+)\//.exec(error.schemaPath)?.[1];
  const unmatched = new Set(
    errors
      .filter((error) => error.keyword === 'const')
      .map(branchOf)
      .filter(Boolean),
  );
  const branches = new Set(errors.map(branchOf).filter(Boolean));
  if (unmatched.size === 0 || unmatched.size === branches.size) return errors;
  // The summary ("must match exactly one schema") is answered by the matched variant's own errors.
  return errors.filter(
    (error) => !unmatched.has(branchOf(error)) && !(isSummary(error) && error.schemaPath === `#/${error.keyword}`),
  );
}

/** One issue per field: the most telling thing wrong with it. */
export function issuesFromAjv(
  location: Issue['location'],
  errors: ErrorObject[] | null | undefined,
  data: unknown,
): Issue[] {
  const byField = new Map<string, { issue: Issue; rank: number }>();
  for (const error of withoutUnmatchedVariants(errors ?? [])) {
    const path =
      error.keyword === 'required' ? `${error.instancePath}/${error.params.missingProperty}` : error.instancePath;
    const field = path.split('/')[1]?.replaceAll('~1', '/').replaceAll('~0', '~') ?? '';
    const known = byField.get(field);
    if (known && known.rank <= rank(error)) continue;
    byField.set(field, {
      rank: rank(error),
      issue: {
        kind: error.keyword === 'required' ? 'required' : 'invalid',
        location,
        field,
        message: isSummary(error) ? 'is not a valid value' : messageOf(error),
        value: error.keyword === 'required' ? null : valueAt(data, path),
      },
    });
  }
  return [...byField.values()].map((entry) => entry.issue);
}

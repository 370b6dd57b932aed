// A problem with one part of a request, before a vendor puts it in its words.
import type { ErrorObject } from 'ajv';
import { errorSegments } from '../spec/error-path.js';
import type { ParameterLocation } from '../spec/operations.js';

export type IssueKind = 'required' | 'invalid' | 'malformed' | 'too-large' | 'media-type' | 'unknown';

export interface Issue {
  kind: IssueKind;
  location: ParameterLocation | 'body';
  /** The parameter or top-level body field at fault; '' for the body as a whole. */
  field: string;
  /** Where inside the field, when deeper: `['0', 'Value']` for `Parameters[0].Value`. */
  within?: string[];
  /** What is wrong, in words any vendor can use after the field name ("must be integer"). */
  message: string;
  value?: unknown;
}

const valueAt = (data: unknown, segments: string[]) =>
  segments.reduce<unknown>((node, key) => (node == null ? undefined : (node as Record<string, unknown>)[key]), data);

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

/** The outermost anyOf/oneOf an error is inside, and which of its branches. */
const BRANCH = /^(#(?:\/[^/]+)*?\/(?:oneOf|anyOf))\/(\d+)\//;

// How far a branch is from what the caller meant. A `const` that does not match
// (a token request's grant_type) or a field the branch forbids (`not`) says the
// caller meant another branch; any other error is one thing left to fix.
const distance = (error: ErrorObject) => (error.keyword === 'const' ? 1000 : error.keyword === 'not' ? 100 : 1);

/**
 * Keeps, of each anyOf/oneOf, only the errors of the branches nearest to the
 * data: a body meant as one variant is told what that variant lacks, not what
 * every other variant would have needed.
 */
export function nearestBranches(errors: ErrorObject[]): ErrorObject[] {
  const branches = new Map<string, Map<string, number>>();
  for (const error of errors) {
    const match = BRANCH.exec(error.schemaPath);
    if (!match) continue;
    const [, combinator, branch] = match as unknown as [string, string, string];
    const scores = branches.get(combinator) ?? new Map<string, number>();
    scores.set(branch, (scores.get(branch) ?? 0) + distance(error));
    branches.set(combinator, scores);
  }
  const nearest = new Map<string, Set<string>>();
  for (const [combinator, scores] of branches) {
    const best = Math.min(...scores.values());
    nearest.set(combinator, new Set([...scores].filter(([, score]) => score === best).map(([branch]) => branch)));
  }
  return errors.filter((error) => {
    // The summary ("must match exactly one schema") is answered by the nearest branch's own errors.
    if (isSummary(error) && nearest.has(error.schemaPath)) return false;
    const match = BRANCH.exec(error.schemaPath);
    return !match || nearest.get(match[1]!)!.has(match[2]!);
  });
}

/** The field a failed `not: {required: [field]}` forbids, if that is its form. */
const forbiddenField = (error: ErrorObject) =>
  error.keyword === 'not' ? ((error.schema as { required?: string[] })?.required?.[0] ?? undefined) : undefined;

/** One issue per field: the most telling thing wrong with it. */
export function issuesFromAjv(
  location: Issue['location'],
  errors: ErrorObject[] | null | undefined,
  data: unknown,
): Issue[] {
  const kept = nearestBranches(errors ?? []);
  // Fields that branches forbid one another: each is told which others it cannot come with.
  const exclusive = kept.map(forbiddenField).filter((field): field is string => field !== undefined);
  const byPath = new Map<string, { issue: Issue; rank: number }>();
  for (const error of kept) {
    const forbidden = forbiddenField(error);
    const segments = forbidden === undefined ? errorSegments(error) : [...errorSegments(error), forbidden];
    const key = segments.join('/');
    const known = byPath.get(key);
    if (known && known.rank <= rank(error)) continue;
    const others = exclusive.filter((field) => field !== forbidden);
    byPath.set(key, {
      rank: rank(error),
      issue: {
        kind: error.keyword === 'required' ? 'required' : 'invalid',
        location,
        field: segments[0] ?? '',
        ...(segments.length > 1 ? { within: segments.slice(1) } : {}),
        message:
          forbidden !== undefined
            ? others.length
              ? `must not be sent with ${others.join(' or ')}`
              : 'must not be sent here'
            : isSummary(error)
              ? 'is not a valid value'
              : messageOf(error),
        value: error.keyword === 'required' ? null : valueAt(data, segments),
      },
    });
  }
  return [...byPath.values()].map((entry) => entry.issue);
}

import type { OperationEntry } from './catalogue.js';

type Json = Record<string, unknown>;

interface ArgumentBase {
  name: string;
  optional: boolean;
}

/** One argument of a helper, in its place: path parameters, then query or body, then options. */
export type HelperArgument =
  /** One path parameter. */
  | (ArgumentBase & { kind: 'path'; parameter: Json })
  /** The query object; in an iterator's, the page parameter (`startsAt`) is the page to start from. */
  | (ArgumentBase & { kind: 'query'; startsAt?: string })
  /** The wire body. */
  | (ArgumentBase & { kind: 'body' })
  /** Named body fields: argument name to body field. */
  | (ArgumentBase & { kind: 'fields'; fields: Record<string, string> })
  | (ArgumentBase & { kind: 'ids' | 'changes' | 'options' });

interface HelperBase {
  name: string;
  arguments: HelperArgument[];
}

/** The helpers one operation gets, by role. */
export type ClientHelper =
  | (HelperBase & { role: 'call' })
  | (HelperBase & { role: 'iterate'; pageParameter: string })
  | (HelperBase & { role: 'variant'; idsParameter: string; variant: Json })
  | (HelperBase & { role: 'patch'; reader: OperationEntry });

export declare function clientHelpersOf(
  entry: OperationEntry,
  byOperationId?: Map<string, OperationEntry>,
): ClientHelper[];

export declare function helperNamesOf(helper: {
  name: string;
  pagination?: { iterateName?: string };
  patch?: { name?: string };
}): string[];

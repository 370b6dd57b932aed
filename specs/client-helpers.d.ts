import type { OperationEntry } from './catalogue.js';

type Json = Record<string, unknown>;

export interface HelperArgument {
  /** path: one path parameter; query: the query object; body: the wire body; fields: named body fields; ids; changes; options. */
  kind: 'path' | 'query' | 'body' | 'fields' | 'ids' | 'changes' | 'options';
  name: string;
  optional: boolean;
  parameter?: Json;
  /** fields: argument name to body field. */
  fields?: Record<string, string>;
  /** query of an iterator: the page parameter it sets itself. */
  without?: string;
}

export interface ClientHelper {
  role: 'call' | 'iterate' | 'variant' | 'patch';
  name: string;
  arguments: HelperArgument[];
  pageParameter?: string;
  idsParameter?: string;
  variant?: Json;
  reader?: OperationEntry;
}

export declare function clientHelpersOf(
  entry: OperationEntry,
  byOperationId?: Map<string, OperationEntry>,
): ClientHelper[];

export declare function helperNamesOf(helper: {
  name: string;
  pagination?: { iterateName?: string };
  patch?: { name?: string };
}): string[];

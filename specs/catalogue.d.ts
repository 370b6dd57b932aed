/** The name of an API this package describes (catalogue.test.ts checks it against APIS). */
export type ApiName = 'nexudus' | 'popsell';

export interface Api {
  name: ApiName;
  /** The title of its description. */
  title: string;
  /** The sandbox's port for it unless told otherwise. */
  defaultPort: number;
  /** The npm package of its typed client, and the function that creates one. */
  clientPackage: string;
  clientFactory: string;
  /** The letter of its rows in QUIRKS.md (`N33`). */
  quirkPrefix: string;
}

export declare const APIS: readonly Api[];
export declare const API_NAMES: readonly ApiName[];
export declare function apiOf(name: string): Api;

export type BundleForm = 'yaml' | 'json' | 'deref';
export declare function bundleFileName(name: ApiName, form: BundleForm): string;
export declare function bundlePath(name: ApiName, form: BundleForm): string;
/** Typed as the caller says: the bundles' shape is checked by this package's tests, not by a type. */
export declare function readBundle<Doc = Record<string, unknown>>(name: ApiName, form?: 'json' | 'deref'): Doc;

export declare const HTTP_METHODS: readonly string[];

type Json = Record<string, unknown>;

export interface OperationEntry<Operation = Json, Parameter = Json> {
  path: string;
  method: string;
  operationId: string;
  operation: Operation;
  pathItem: Json;
  /** The path item's parameters and the operation's, the operation's winning by name and location. */
  parameters: Parameter[];
  variants: Json[];
  helper: Json | undefined;
}
export declare function operationsOf<Operation = Json, Parameter = Json>(doc: {
  paths?: object;
}): OperationEntry<Operation, Parameter>[];

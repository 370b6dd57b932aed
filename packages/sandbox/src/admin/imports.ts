// Bulk import: records in the API's own wire form, as a read of the real API
// answers them, each checked against the spec's schema for it and written in
// one transaction: all of them, or none and a list of what is wrong where.
import type { ErrorObject } from 'ajv';
import { createAjv, type Validator } from '../spec/ajv.js';
import { bracketPath, errorSegments } from '../spec/error-path.js';
import type { SchemaChecked } from '../spec/schema-checked.js';

/** A record that the spec's schema accepts but the sandbox cannot place (a message of an unknown chat room). */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface Importer<Tables> {
  /** The spec component (`components.schemas`) each record must match. */
  component: string;
  /** Fields a record carries for the sandbox beside the spec's own (a message's chat room). */
  extra?: { required?: string[]; properties: Record<string, object> };
  /** Writes one checked record, and says its key. */
  save(tables: Tables, record: SchemaChecked, options: Record<string, SchemaChecked>): number;
}

export interface ImportPlan<Tables> {
  collections: Record<string, Importer<Tables>>;
  /** Top-level fields beside the collections (Popsell's `brand`), as JSON Schema properties. */
  options?: { required?: string[]; properties: Record<string, object> };
}

export interface ImportProblem {
  /** `chatRooms[3].BusinessId`, or the top-level field. */
  at: string;
  message: string;
}

export type ImportRun<Tables> = (tables: Tables) => Record<string, number[]>;

const messageOf = (error: ErrorObject) =>
  error.keyword === 'required' ? 'is required' : (error.message ?? 'is not valid');

export function compileImport<Tables>(schemas: Record<string, SchemaChecked>, plan: ImportPlan<Tables>) {
  const ajv = createAjv();
  const names = Object.keys(plan.collections);
  const validators = new Map<string, Validator>(
    Object.entries(plan.collections).map(([name, importer]) => {
      const component = schemas[importer.component];
      if (!component) throw new Error(`the spec has no schema ${importer.component}`);
      // Beside the component's $ref, so that its $defs stay at the root, where its references point.
      const schema = importer.extra ? { ...component, allOf: [{ type: 'object', ...importer.extra }] } : component;
      return [name, ajv.compile(schema)];
    }),
  );
  const validateOptions = ajv.compile({
    type: 'object',
    required: plan.options?.required ?? [],
    properties: {
      ...plan.options?.properties,
      ...Object.fromEntries(names.map((name) => [name, { type: 'array', items: { type: 'object' } }])),
    },
    additionalProperties: false,
  });

  /** The run that writes `body`'s records, or what is wrong with them. */
  return (body: unknown): { problems: ImportProblem[] } | { run: ImportRun<Tables> } => {
    if (!validateOptions(body))
      return {
        problems: (validateOptions.errors ?? []).map((error) =>
          error.keyword === 'additionalProperties'
            ? {
                at: error.params.additionalProperty,
                message: `${error.params.additionalProperty} is not a collection; send ${names.join(', ')}`,
              }
            : { at: bracketPath(errorSegments(error)) || '(body)', message: messageOf(error) },
        ),
      };
    const input = body as Record<string, SchemaChecked>;
    const problems: ImportProblem[] = [];
    for (const name of names) {
      const validate = validators.get(name)!;
      for (const [index, record] of (input[name] ?? []).entries())
        if (!validate(record))
          for (const error of validate.errors ?? [])
            problems.push({
              at: bracketPath([name, String(index), ...errorSegments(error)]),
              message: messageOf(error),
            });
    }
    if (problems.length) return { problems: problems.slice(0, 100) };
    return {
      run: (tables) =>
        Object.fromEntries(
          names
            .filter((name) => input[name] !== undefined)
            .map((name) => [
              name,
              (input[name] ?? []).map((record: SchemaChecked) => plan.collections[name]!.save(tables, record, input)),
            ]),
        ),
    };
  };
}

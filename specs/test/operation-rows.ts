// Checks rows that each describe one operation (its path, operationId,
// roles, statuses, parameters, body and answer) against the published
// bundles. The seed table and the reference-sheet table share it.
import { describe, expect, it } from 'vitest';
import { loadBundle } from './bundles.js';
import { objectShape, typeName } from './schema-shape.js';

export type Fields = Record<string, string>;

export interface OperationRow {
  /** Where the row comes from: a seed, or a section of the reference sheet. */
  seed: string;
  api: 'nexudus' | 'popsell';
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  operationId: string;
  roles: string[];
  deprecated: boolean;
  statuses: string[];
  parameters?: Record<string, { in: string; type: string; required?: boolean }>;
  body?: { mediaType: string; fields: Fields; required: string[] };
  success?: { fields: Fields; required?: string[] };
  /** What the reference sheet marks [inferred] or [not found]: the description must say so. */
  flags?: ('inferred' | 'not found')[];
}

export function describeOperations(rows: OperationRow[]) {
  const operationOf = (row: OperationRow) => loadBundle(row.api, 'deref').paths[row.path]?.[row.method];

  describe.each(rows)('$method $path ($seed)', (row) => {
    it('is described, with its operationId, roles and deprecation', () => {
      const operation = operationOf(row);
      expect(operation, `${row.method.toUpperCase()} ${row.path}`).toBeDefined();
      expect(operation.operationId).toBe(row.operationId);
      expect(operation['x-required-roles']).toEqual(row.roles);
      for (const role of row.roles) expect(operation.description).toContain(`\`${role}\``);
      expect(Boolean(operation.deprecated)).toBe(row.deprecated);
      for (const flag of row.flags ?? []) expect(operation.description, flag).toContain(`*${flag}*`);
    });

    it('documents every status code', () => {
      expect(Object.keys(operationOf(row).responses).sort()).toEqual([...row.statuses].sort());
    });

    if (row.parameters)
      it('has every parameter with its type', () => {
        const item = loadBundle(row.api, 'deref').paths[row.path];
        const parameters = [...(item.parameters ?? []), ...(operationOf(row).parameters ?? [])];
        for (const [name, expected] of Object.entries(row.parameters ?? {})) {
          const parameter = parameters.find((p: any) => p.name === name && p.in === expected.in);
          expect(parameter, `${expected.in} parameter ${name}`).toBeDefined();
          expect(typeName(parameter.schema), name).toBe(expected.type);
          expect(Boolean(parameter.required), `${name} required`).toBe(Boolean(expected.required));
        }
      });

    if (row.body)
      it('takes every body field with its type and required flag', () => {
        const body = row.body!;
        const shape = objectShape(operationOf(row).requestBody.content[body.mediaType].schema);
        for (const [field, type] of Object.entries(body.fields)) {
          expect(shape.properties[field], `body field ${field}`).toBeDefined();
          expect(typeName(shape.properties[field]), field).toBe(type);
        }
        expect(shape.required.sort()).toEqual([...body.required].sort());
      });

    if (row.success)
      it('answers success with every field', () => {
        const success = row.success!;
        const shape = objectShape(operationOf(row).responses['200'].content['application/json'].schema);
        for (const [field, type] of Object.entries(success.fields)) {
          expect(shape.properties[field], `response field ${field}`).toBeDefined();
          expect(typeName(shape.properties[field]), field).toBe(type);
        }
        for (const field of success.required ?? []) expect(shape.required).toContain(field);
      });
  });
}

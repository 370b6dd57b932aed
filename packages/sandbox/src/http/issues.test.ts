// Error ranking, case by case: what ajv reports for a bad request becomes one
// issue per field, the most telling one, in words a vendor can put after the
// field's name.
import { describe, expect, it } from 'vitest';
import { createAjv } from '../spec/ajv.js';
import { type Issue, issuesFromAjv } from './issues.js';

const ajv = createAjv();
function issuesOf(schema: object, data: unknown): Issue[] {
  const validate = ajv.compile(schema);
  expect(validate(data)).toBe(false);
  return issuesFromAjv('body', validate.errors, data);
}

const object = (properties: object, required: string[] = []) => ({ type: 'object', properties, required });

describe('issuesFromAjv', () => {
  it.each<[string, object, unknown, Partial<Issue>[]]>([
    [
      'a missing required field, with no value',
      object({ BusinessId: { type: 'integer' } }, ['BusinessId']),
      {},
      [{ kind: 'required', field: 'BusinessId', message: 'is required', value: null }],
    ],
    [
      'a wrong type, with the value sent',
      object({ Id: { type: 'integer' } }),
      { Id: 'x' },
      [{ kind: 'invalid', field: 'Id', message: 'must be integer', value: 'x' }],
    ],
    [
      'an enum, listing its values',
      object({ dir: { enum: ['ascending', 'descending'] } }),
      { dir: 'up' },
      [{ field: 'dir', message: 'must be one of "ascending", "descending"' }],
    ],
    [
      'a pattern, without the regular expression',
      object({ ChatRoom_Id: { type: 'string', pattern: '^\\[\\d+\\]$' } }),
      { ChatRoom_Id: '1,2' },
      [{ field: 'ChatRoom_Id', message: 'is not in the expected format' }],
    ],
    [
      'a nullable field: the branch that is not null',
      object({ Name: { anyOf: [{ type: 'string' }, { type: 'null' }] } }),
      { Name: 5 },
      [{ field: 'Name', message: 'must be string' }],
    ],
    [
      'a nested field: the field at fault, and where inside it',
      object({ Parameters: { type: 'array', items: object({ Value: { type: 'string' } }) } }),
      { Parameters: [{ Value: 1 }] },
      [{ field: 'Parameters', within: ['0', 'Value'], message: 'must be string', value: 1 }],
    ],
    [
      'two fields wrong: one issue each',
      object({ a: { type: 'integer' }, b: { type: 'boolean' } }, ['c']),
      { a: 'x', b: 'y' },
      [
        { field: 'a', message: 'must be integer' },
        { field: 'b', message: 'must be boolean' },
        { field: 'c', kind: 'required' },
      ],
    ],
  ])('%s', (_name, schema, data, expected) => {
    const issues = issuesOf(schema, data);
    expect(issues).toHaveLength(expected.length);
    expect(issues).toEqual(expect.arrayContaining(expected.map((issue) => expect.objectContaining(issue))));
  });

  it("tells a body meant as one oneOf branch what that branch lacks, not what another branch's const wanted", () => {
    const grant = (type: string, required: string[]) =>
      object({ grant_type: { const: type }, username: { type: 'string' }, refresh_token: { type: 'string' } }, [
        'grant_type',
        ...required,
      ]);
    const schema = { oneOf: [grant('password', ['username']), grant('refresh_token', ['refresh_token'])] };
    expect(issuesOf(schema, { grant_type: 'refresh_token' })).toEqual([
      { kind: 'required', location: 'body', field: 'refresh_token', message: 'is required', value: null },
    ]);
  });

  it('names the fields two branches forbid each other', () => {
    const schema = {
      oneOf: [
        { ...object({ ids: { type: 'array' } }, ['ids']), not: { required: ['tag'] } },
        { ...object({ tag: { type: 'integer' } }, ['tag']), not: { required: ['ids'] } },
      ],
    };
    const issues = issuesOf(schema, { ids: [1, 2], tag: 1 });
    expect(issues.map(({ field, message }) => `${field} ${message}`).sort()).toEqual([
      'ids must not be sent with tag',
      'tag must not be sent with ids',
    ]);
  });
});

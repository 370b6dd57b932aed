import { describe, expect, it } from 'vitest';
import { apiPromise } from '../response/api-promise.js';
import { readModifyWrite } from './read-modify-write.js';

describe('readModifyWrite', () => {
  it('sends back every writable field it read, with the changes and the identity applied', async () => {
    let written: unknown;
    const headers = new Headers({ 'x-written': 'yes' });
    const result = readModifyWrite<object, { Id: number; Name: string }, string>({
      read: async () => ({ Id: 7, Name: 'old', Active: true, Users: [1], UniqueId: 'read-only', IsNew: false }),
      write: (body) => {
        written = body;
        return apiPromise(Promise.resolve({ data: 'done', status: 200, headers }));
      },
      writableFields: ['Id', 'Name', 'Active', 'Users', 'SystemId'],
      changes: { Name: 'new' },
      identity: { Id: 7 },
    });
    expect(await result).toBe('done');
    expect(written).toEqual({ Id: 7, Name: 'new', Active: true, Users: [1] });
    // The answer is the write's, not the read's.
    expect(await result.withResponse()).toEqual({ data: 'done', status: 200, headers });
  });
});

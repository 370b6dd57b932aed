import { describe, expect, it } from 'vitest';
import { readModifyWrite } from './read-modify-write.js';

describe('readModifyWrite', () => {
  it('sends back every writable field it read, with the changes and the identity applied', async () => {
    let written: unknown;
    await readModifyWrite<object, { Id: number; Name: string }, unknown>({
      read: async () => ({ Id: 7, Name: 'old', Active: true, Users: [1], UniqueId: 'read-only', IsNew: false }),
      write: async (body) => (written = body),
      writableFields: ['Id', 'Name', 'Active', 'Users', 'SystemId'],
      changes: { Name: 'new' },
      identity: { Id: 7 },
    });
    expect(written).toEqual({ Id: 7, Name: 'new', Active: true, Users: [1] });
  });
});

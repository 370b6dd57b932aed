// Errors that tell the caller what to fix (issue 14, finding 9): a body meant
// as one variant of a oneOf hears only what that variant lacks; a nested field
// is named by its whole path, in each vendor's notation; a required body that
// was not sent names the fields it needs.
import { describe, expect, it } from 'vitest';
import { ADMIN, call, POPSELL } from '../testing/client.js';
import { useSandbox } from '../testing/vitest.js';

const popsell = useSandbox({ api: 'popsell', seed: 'demo' });
const nexudus = useSandbox({ api: 'nexudus', seed: 'demo' });

const createChatroom = async (json: unknown) => {
  const answer = await call(popsell(), 'createChatroom', { auth: POPSELL, headers: { 'X-Popsell-Brand': '3' }, json });
  expect(answer.status).toBe(422);
  return answer.body as { message: string; errors: Record<string, string[]> };
};

describe("Popsell's create, a oneOf of two bodies", () => {
  it('tells a chat room between ambassadors only what that form lacks', async () => {
    const { message, errors } = await createChatroom({ ids_ambassadors: [42], source: 0 });
    expect(errors).toEqual({ ids_ambassadors: ['The ids ambassadors field must NOT have fewer than 2 items.'] });
    expect(message).not.toMatch(/must NOT be valid|id brand tag/);
  });

  it('tells a brand tag chat room only what that form lacks', async () => {
    const { errors } = await createChatroom({ id_brand_tag: 'one', source: 0 });
    expect(errors).toEqual({ id_brand_tag: ['The id brand tag field must be integer.'] });
  });

  it('says which two fields cannot come together', async () => {
    const { errors } = await createChatroom({ ids_ambassadors: [42, 43], id_brand_tag: 1, source: 0 });
    expect(errors).toEqual({
      id_brand_tag: ['The id brand tag field must not be sent with ids_ambassadors.'],
      ids_ambassadors: ['The ids ambassadors field must not be sent with id_brand_tag.'],
    });
  });

  it('names an item of a list by its index, as Laravel does', async () => {
    const { errors } = await createChatroom({ ids_ambassadors: ['a', 43], source: 0 });
    expect(errors).toEqual({ 'ids_ambassadors.0': ['The ids ambassadors.0 field must be integer.'] });
  });
});

describe("Nexudus's model state", () => {
  it('names Parameters[0].Value when a command parameter has no value', async () => {
    const answer = await call(nexudus(), 'runChatRoomCommand', {
      auth: ADMIN,
      json: { Key: 'RENAME_CHATROOM', Ids: [1234567], Parameters: [{ Type: 'string' }] },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.Errors).toEqual([
      { PropertyName: 'Parameters[0].Value', Message: 'is a required field', AttemptedValue: null },
    ]);
  });

  it('names the fields a create needs when its body was not sent', async () => {
    const answer = await call(nexudus(), 'createChatRoom', {
      auth: ADMIN,
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.Errors).toEqual([
      { PropertyName: 'BusinessId', Message: 'is a required field', AttemptedValue: null },
    ]);
  });
});

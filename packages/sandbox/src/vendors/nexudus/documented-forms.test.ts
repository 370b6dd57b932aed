// Forms the vendor documents that an earlier reading refused or mangled (the
// seed audit): the legacy batch `id=[..]`, `ChatRoom_Users` as a list, search
// records without the recipients, and a message's SystemId kept by a PUT.
import { describe, expect, it } from 'vitest';
import { ADMIN, call } from '../../testing/client.js';
import { useSandbox } from '../../testing/vitest.js';

const sandbox = useSandbox({ api: 'nexudus', seed: 'demo' });
const idsOf = (body: { Records: { Id: number }[] }) => body.Records.map((record) => record.Id);
const searchRooms = (query: string) => call(sandbox(), 'searchChatRooms', { auth: ADMIN, query });

describe('chat room search', () => {
  it('takes the legacy batch form ?id=[..] as the Id filter (quirk N24)', async () => {
    for (const query of ['id=[1234567,9876541]', 'Id=%5B1234567%2C9876541%5D', 'ID=[ 9876541 , 1234567 ]']) {
      const answer = await searchRooms(query);
      expect(answer.status, query).toBe(200);
      expect(idsOf(answer.body), query).toEqual([1234567, 9876541]);
    }
    expect(idsOf((await searchRooms('Id=1234567')).body)).toEqual([1234567]);
    const refused = await searchRooms('id=[1,x]');
    expect(refused.status).toBe(400);
    expect(refused.body.Errors[0]).toMatchObject({ PropertyName: 'Id', AttemptedValue: '[1,x]' });
  });

  it('takes ChatRoom_Users as one user or a list, matching rooms with any of them', async () => {
    expect(idsOf((await searchRooms('ChatRoom_Users=87654321')).body)).toEqual([9876541]);
    expect(idsOf((await searchRooms('ChatRoom_Users=[87654321,12345678]')).body)).toEqual([9876541, 12345678]);
    expect(idsOf((await searchRooms('ChatRoom_Users=[]')).body)).toEqual([]);
  });
});

describe('chat user messages', () => {
  it('search records leave out ToUsers, which a read by Id returns (quirk N33)', async () => {
    const search = await call(sandbox(), 'searchChatUserMessages', { auth: ADMIN, query: 'ChatUserMessage_Id=[123]' });
    expect(search.body.Records[0]).not.toHaveProperty('ToUsers');
    expect(search.body.Records[0]).toMatchObject({ Id: 123, FromUserId: 123 });
    const read = await call(sandbox(), 'getChatUserMessage', { auth: ADMIN, path: { Id: 123 } });
    expect(read.body.ToUsers).toEqual([87654321]);
  });

  it('a create and a PUT keep the SystemId they send (quirk N22)', async () => {
    const created = await call(sandbox(), 'createChatUserMessage', {
      auth: ADMIN,
      json: { FromUserId: 5, SystemId: 'ext-1' },
    });
    const Id = created.body.Value.Id;
    const read = async () => (await call(sandbox(), 'getChatUserMessage', { auth: ADMIN, path: { Id } })).body;
    expect((await read()).SystemId).toBe('ext-1');
    await call(sandbox(), 'updateChatUserMessage', { auth: ADMIN, json: { Id, FromUserId: 5, SystemId: 'ext-2' } });
    expect((await read()).SystemId).toBe('ext-2');
    await call(sandbox(), 'updateChatUserMessage', { auth: ADMIN, json: { Id, FromUserId: 5 } });
    expect((await read()).SystemId).toBeNull();
  });
});

// ChatUserMessage end to end on a real sandbox: what a create stores, what a
// search finds with each filter and range, a PUT's deltas, a delete, and the
// commands changing the records they run on.
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, call } from '../../testing/client.js';
import { useSandbox } from '../../testing/vitest.js';

const sandbox = useSandbox({ api: 'nexudus', seed: 'empty' });
const search = (query: string) => call(sandbox(), 'searchChatUserMessages', { auth: ADMIN, query });
const create = async (json: object) =>
  (await call(sandbox(), 'createChatUserMessage', { auth: ADMIN, json })).body.Value.Id as number;
const read = async (id: number) => call(sandbox(), 'getChatUserMessage', { auth: ADMIN, path: { Id: id } });
const idsOf = (body: { Records: { Id: number }[] }) => body.Records.map((record) => record.Id);

describe('create, read, search', () => {
  const ids: number[] = [];
  beforeAll(async () => {
    ids.push(await create({ FromUserId: 7, ToUsers: [1, 2, 2], ChatText: 'first', Delievered: true }));
    ids.push(await create({ FromUserId: 8, ChatText: 'second' }));
    ids.push(await create({ FromUserId: 7 }));
  });

  it('stores what the create sent, clears what it left out, and reads it back whole', async () => {
    const answer = await read(ids[0]!);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      Id: ids[0],
      FromUserId: 7,
      ToUsers: [1, 2],
      ChatText: 'first',
      Delievered: true,
      UpdatedBy: 'admin@example.com',
      IsNew: false,
    });
    expect((await read(ids[2]!)).body).toMatchObject({ ToUsers: [], ChatText: null, Delievered: false });
  });

  it('filters by sender (ChatUserMessage_FromUser, not FromUserId), text and the Delievered flag', async () => {
    expect(idsOf((await search('ChatUserMessage_FromUser=7')).body)).toEqual([ids[0], ids[2]]);
    expect(idsOf((await search('ChatUserMessage_ChatText=second')).body)).toEqual([ids[1]]);
    expect(idsOf((await search('ChatUserMessage_Delievered=true')).body)).toEqual([ids[0]]);
    expect(idsOf((await search('chatusermessage_delievered=false&ChatUserMessage_FromUser=7')).body)).toEqual([ids[2]]);
  });

  it('takes inclusive from_/to_ ranges in any case, to the minute', async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect((await search(`from_ChatUserMessage_CreatedOn=${today}T00:00`)).body.TotalItems).toBe(3);
    expect((await search(`To_ChatUserMessage_UpdatedOn=${today}`)).body.TotalItems).toBe(3);
    expect((await search('to_ChatUserMessage_CreatedOn=2020-01-01T00:00')).body.TotalItems).toBe(0);
  });

  it('finds by Ids, pages and orders', async () => {
    expect(idsOf((await search(`ChatUserMessage_Id=[${ids[2]},${ids[0]}]`)).body)).toEqual([ids[0], ids[2]]);
    const page = (await search('size=2&page=2&orderby=fromuserid&dir=-1')).body;
    expect(page).toMatchObject({ CurrentOrderField: 'FromUserId', TotalItems: 3, TotalPages: 2, FirstItem: 3 });
    expect(idsOf(page)).toEqual([ids[0]]);
    const unknownOrder = await search('orderby=Name');
    expect(unknownOrder.status).toBe(400);
    expect(unknownOrder.body.Errors[0]).toMatchObject({
      PropertyName: 'orderby',
      Message: 'is not a property of ChatUserMessage',
    });
  });
});

describe('update, delete, commands', () => {
  it('a PUT replaces the record, then applies AddedToUsers and RemovedToUsers', async () => {
    const id = await create({ FromUserId: 1, ToUsers: [5, 6], ChatText: 'hello', Delievered: true });
    await call(sandbox(), 'updateChatUserMessage', {
      auth: ADMIN,
      json: { Id: id, FromUserId: 2, ToUsers: [5, 6], AddedToUsers: [7], RemovedToUsers: [5] },
    });
    expect((await read(id)).body).toMatchObject({ FromUserId: 2, ToUsers: [6, 7], ChatText: null, Delievered: false });
  });

  it('a delete removes the record: it is no longer read nor found', async () => {
    const id = await create({ FromUserId: 3, ChatText: 'to delete' });
    const answer = await call(sandbox(), 'deleteChatUserMessage', { auth: ADMIN, path: { Id: id } });
    expect(answer.body).toMatchObject({ WasSuccessful: true, Value: null });
    expect((await read(id)).status).toBe(404);
    expect((await search('ChatUserMessage_ChatText=to delete')).body.TotalItems).toBe(0);
    expect((await call(sandbox(), 'deleteChatUserMessage', { auth: ADMIN, path: { Id: id } })).status).toBe(404);
  });

  it('lists its own commands and runs them on the records', async () => {
    const { body } = await call(sandbox(), 'listChatUserMessageCommands', { auth: ADMIN });
    expect(body.map((command: { Key: string }) => command.Key)).toEqual([
      'MARK_DELIVERED',
      'MARK_UNDELIVERED',
      'ADD_RECIPIENT',
    ]);
    const first = await create({ FromUserId: 4 });
    const second = await create({ FromUserId: 4, ToUsers: [9] });
    const run = (json: object) => call(sandbox(), 'runChatUserMessageCommand', { auth: ADMIN, json });
    expect((await run({ Key: 'MARK_DELIVERED', Ids: [first, second] })).body.Message).toBe(
      '2 message(s) marked as delivered.',
    );
    expect((await read(second)).body.Delievered).toBe(true);
    await run({ Key: 'ADD_RECIPIENT', Ids: [first, second], Parameters: [{ Type: 'int', Value: 9 }] });
    expect((await read(first)).body.ToUsers).toEqual([9]);
    expect((await read(second)).body.ToUsers).toEqual([9]);
    const chatRoomKey = await run({ Key: 'ACTIVATE_CHATROOMS', Ids: [first] });
    expect(chatRoomKey.body.Errors[0]).toMatchObject({
      PropertyName: 'Key',
      Message: 'is not a command of ChatUserMessage',
    });
    expect((await run({ Key: 'ADD_RECIPIENT', Ids: [first] })).status).toBe(400);
    expect((await run({ Key: 'MARK_DELIVERED', Ids: [first, 424242] })).status).toBe(404);
  });
});

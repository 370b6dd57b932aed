import { describe, expect, it } from 'vitest';
import { ADMIN, call } from '../../testing/client.js';
import { useSandbox } from '../../testing/vitest.js';

const sandbox = useSandbox({ api: 'nexudus', seed: 'demo' });
const VIEWER = { basic: ['viewer@example.com', 'sandbox'] as [string, string] };
const AGENT = { basic: ['agent@example.com', 'sandbox'] as [string, string] };

describe("the seed pages' curl examples", () => {
  it('POST /api/support/chatrooms {"BusinessId": 0} creates a room (seed 002)', async () => {
    const answer = await call(sandbox(), 'createChatRoom', { auth: ADMIN, json: { BusinessId: 0 } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      Status: 200,
      WasSuccessful: true,
      Message: 'ChatRoom was successfully created.',
      Errors: null,
    });
    expect(answer.body.Value.Id).toEqual(expect.any(Number));
  });

  it('PUT /api/support/chatrooms {"BusinessId": 0, "Id": 87654321} updates it (seed 000)', async () => {
    const answer = await call(sandbox(), 'updateChatRoom', { auth: ADMIN, json: { BusinessId: 0, Id: 87654321 } });
    expect(answer.body).toMatchObject({
      Status: 200,
      WasSuccessful: true,
      Value: { Id: 87654321 },
      UpdatedBy: 'admin@example.com',
    });
  });

  it('PUT /api/sys/chatusermessages {"FromUserId": 0, "Id": 87654321} updates the message (seed 001)', async () => {
    const answer = await call(sandbox(), 'updateChatUserMessage', {
      auth: ADMIN,
      json: { FromUserId: 0, Id: 87654321 },
    });
    expect(answer.body).toMatchObject({
      Message: 'ChatUserMessage was successfully updated.',
      Value: { Id: 87654321 },
    });
  });

  it('GET /api/support/chatrooms?ChatRoom_Id=[1234567,9876541] finds both rooms (seed 004)', async () => {
    const answer = await call(sandbox(), 'searchChatRooms', { auth: ADMIN, query: 'ChatRoom_Id=[1234567,9876541]' });
    expect(answer.body.Records.map((room: any) => room.Id)).toEqual([1234567, 9876541]);
    expect(answer.body).toMatchObject({ TotalItems: 2, TotalPages: 1, HasNextPage: false });
  });

  it('GET /api/support/chatrooms/1234567 reads the room of the example (seed 004)', async () => {
    const answer = await call(sandbox(), 'getChatRoom', { auth: ADMIN, path: { Id: 1234567 } });
    expect(answer.body).toMatchObject({ Id: 1234567, Name: 'Name', Active: false, BusinessId: 12345678 });
  });
});

describe('create, read, replace, delete', () => {
  it('a created room can be read with every field, and found by a search', async () => {
    const created = await call(sandbox(), 'createChatRoom', {
      auth: AGENT,
      json: {
        BusinessId: 42,
        Name: 'Lobby',
        Active: true,
        LastAgentVisit: '2025-01-15T10:30',
        Users: [7, 8, 7],
        SystemId: 'ext-1',
      },
    });
    const id = created.body.Value.Id;
    const read = await call(sandbox(), 'getChatRoom', { auth: AGENT, path: { Id: id } });
    expect(read.body).toMatchObject({
      Id: id,
      BusinessId: 42,
      Name: 'Lobby',
      Active: true,
      LastAgentVisit: '2025-01-15T10:30',
      Users: [7, 8],
      SystemId: 'ext-1',
      UpdatedBy: 'agent@example.com',
      IsNew: false,
    });
    expect(read.body.UniqueId).toMatch(/^[0-9a-f-]{36}$/);
    const found = await call(sandbox(), 'searchChatRooms', { auth: AGENT, query: 'ChatRoom_Name=Lobby' });
    expect(found.body.Records).toEqual([expect.objectContaining({ Id: id, Business: 42 })]);
    expect(found.body.Records[0]).not.toHaveProperty('Users');
  });

  it('PUT clears every field it is not given, then applies AddedUsers and RemovedUsers', async () => {
    const { body } = await call(sandbox(), 'createChatRoom', {
      auth: ADMIN,
      json: {
        BusinessId: 1,
        Name: 'Full',
        Active: true,
        LastAgentVisit: '2025-01-01T00:00:00Z',
        Users: [1, 2],
        SystemId: 's',
      },
    });
    const id = body.Value.Id;
    await call(sandbox(), 'updateChatRoom', { auth: ADMIN, json: { Id: id, BusinessId: 2 } });
    const cleared = await call(sandbox(), 'getChatRoom', { auth: ADMIN, path: { Id: id } });
    expect(cleared.body).toMatchObject({
      BusinessId: 2,
      Name: null,
      Active: false,
      LastAgentVisit: null,
      Users: [],
      SystemId: null,
    });

    await call(sandbox(), 'updateChatRoom', {
      auth: ADMIN,
      json: { Id: id, BusinessId: 2, Users: [1, 2, 3], AddedUsers: [4, 1], RemovedUsers: [2] },
    });
    const members = await call(sandbox(), 'getChatRoom', { auth: ADMIN, path: { Id: id } });
    expect(members.body.Users).toEqual([1, 3, 4]);
  });

  it('a deleted room is gone', async () => {
    const { body } = await call(sandbox(), 'createChatRoom', { auth: ADMIN, json: { BusinessId: 1 } });
    const deleted = await call(sandbox(), 'deleteChatRoom', { auth: ADMIN, path: { Id: body.Value.Id } });
    expect(deleted.body).toMatchObject({
      WasSuccessful: true,
      Value: null,
      Message: 'The record was deleted successfully.',
    });
    expect((await call(sandbox(), 'getChatRoom', { auth: ADMIN, path: { Id: body.Value.Id } })).status).toBe(404);
    expect((await call(sandbox(), 'deleteChatRoom', { auth: ADMIN, path: { Id: body.Value.Id } })).status).toBe(404);
  });
});

describe("errors in the vendor's format", () => {
  it('400: missing and mistyped fields, each listed with its attempted value', async () => {
    const answer = await call(sandbox(), 'createChatRoom', { auth: ADMIN, json: { Name: 3, Active: 'yes' } });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ WasSuccessful: false, Value: null });
    expect(answer.body.Errors).toEqual(
      expect.arrayContaining([
        { PropertyName: 'BusinessId', Message: 'is a required field', AttemptedValue: null },
        { PropertyName: 'Name', Message: 'must be string or null', AttemptedValue: 3 },
        { PropertyName: 'Active', Message: 'must be boolean', AttemptedValue: 'yes' },
      ]),
    );
    expect(answer.body.Message).toContain('BusinessId: is a required field');
  });

  it('400: a PUT without Id, and one with a date that is not a date', async () => {
    const noId = await call(sandbox(), 'updateChatRoom', { auth: ADMIN, json: { BusinessId: 1 } });
    expect(noId.body.Errors).toEqual([{ PropertyName: 'Id', Message: 'is a required field', AttemptedValue: null }]);
    const badDate = await call(sandbox(), 'updateChatRoom', {
      auth: ADMIN,
      json: { Id: 1234567, BusinessId: 1, LastAgentVisit: 'tomorrow' },
    });
    expect(badDate.body.Errors).toEqual([
      { PropertyName: 'LastAgentVisit', Message: 'is not in the expected format', AttemptedValue: 'tomorrow' },
    ]);
  });

  it('401 without credentials, with a wrong password and with an unknown token', async () => {
    for (const auth of [
      undefined,
      { basic: ['admin@example.com', 'wrong'] as [string, string] },
      { bearer: 'not-a-token' },
    ]) {
      const answer = await call(sandbox(), 'getChatRoom', { auth, path: { Id: 1234567 } });
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ Message: 'Authorization has been denied for this request.' });
    }
  });

  it('403 for a user without the role the spec names, for each operation', async () => {
    const NOBODY = { basic: ['norole@example.com', 'sandbox'] as [string, string] };
    const cases: [string, Parameters<typeof call>[2]][] = [
      ['searchChatRooms', {}],
      ['getChatRoom', { path: { Id: 1234567 } }],
      ['createChatRoom', { json: { BusinessId: 1 } }],
      ['updateChatRoom', { json: { Id: 1234567, BusinessId: 1 } }],
      ['deleteChatRoom', { path: { Id: 1234567 } }],
      ['listChatRoomCommands', {}],
      ['runChatRoomCommand', { json: { Key: 'ACTIVATE_CHATROOMS', Ids: [1234567] } }],
      ['updateChatUserMessage', { json: { Id: 123, FromUserId: 1 } }],
    ];
    for (const [operationId, request] of cases) {
      const answer = await call(sandbox(), operationId, { ...request, auth: NOBODY });
      expect(answer.status, operationId).toBe(403);
    }
    const viewerDelete = await call(sandbox(), 'deleteChatRoom', { auth: VIEWER, path: { Id: 1234567 } });
    expect(viewerDelete.body.Message).toContain('ChatRoom-Delete');
  });

  it('404 for unknown Ids, and for an Id that is not a number', async () => {
    expect((await call(sandbox(), 'getChatRoom', { auth: ADMIN, path: { Id: 999 } })).status).toBe(404);
    expect((await call(sandbox(), 'getChatRoom', { auth: ADMIN, path: { Id: 'abc' } })).status).toBe(404);
    expect((await call(sandbox(), 'updateChatRoom', { auth: ADMIN, json: { Id: 999, BusinessId: 1 } })).status).toBe(
      404,
    );
    expect(
      (await call(sandbox(), 'updateChatUserMessage', { auth: ADMIN, json: { Id: 999, FromUserId: 1 } })).status,
    ).toBe(404);
  });
});

describe('ChatUserMessage', () => {
  it('PUT replaces the message, keeps the spelling Delievered, and applies recipient deltas', async () => {
    await call(sandbox(), 'updateChatUserMessage', {
      auth: AGENT,
      json: {
        Id: 123,
        FromUserId: 5,
        ToUsers: [1, 2],
        AddedToUsers: [3],
        RemovedToUsers: [1],
        ChatText: 'Hi',
        Delievered: true,
      },
    });
    // The usual spelling is not the vendor's: a strict sandbox says so (a lenient one ignores it).
    const misspelt = await call(sandbox(), 'updateChatUserMessage', {
      auth: AGENT,
      json: { Id: 123, FromUserId: 5, Delivered: true },
    });
    expect(misspelt.body.Errors[0].Message).toBe('is not a field of this operation; did you mean Delievered?');
    const cleared = await call(sandbox(), 'updateChatUserMessage', { auth: AGENT, json: { Id: 123, FromUserId: 5 } });
    expect(cleared.status).toBe(200);
  });

  it('400 when FromUserId is missing', async () => {
    const answer = await call(sandbox(), 'updateChatUserMessage', { auth: ADMIN, json: { Id: 123 } });
    expect(answer.body.Errors).toEqual([
      { PropertyName: 'FromUserId', Message: 'is a required field', AttemptedValue: null },
    ]);
  });
});

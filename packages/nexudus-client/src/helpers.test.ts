// Every helper, against the real sandbox over HTTP.
import { useSandbox } from '@chatapi/test-harness';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  createNexudusClient,
  type NexudusClient,
  NotFoundError,
  PermissionError,
  ValidationError,
} from './index.js';

const sandbox = useSandbox({ api: 'nexudus' });
let client: NexudusClient;
beforeAll(() => {
  client = createNexudusClient({
    baseUrl: sandbox().url,
    auth: { basic: { username: 'admin@example.com', password: 'sandbox' } },
  });
});

describe('chatRooms helpers', () => {
  it('list: one page with its envelope, filtered and ordered', async () => {
    const page = await client.chatRooms.list({ size: 2, orderby: 'Id', dir: 'Descending' });
    expect(page.Records.map((room) => room.Id)).toEqual([1329961649, 87654321]);
    expect(page).toMatchObject({ CurrentPage: 1, PageSize: 2, HasNextPage: true, HasPreviousPage: false });
    const byName = await client.chatRooms.list({ ChatRoom_Name: 'Name' });
    expect(byName.Records.every((room) => room.Name === 'Name')).toBe(true);
  });

  it('iterate: every record of every page, a page at a time', async () => {
    const everything = await client.chatRooms.list({ size: 1000 });
    const ids: number[] = [];
    for await (const room of client.chatRooms.iterate({ size: 2 })) ids.push(room.Id);
    expect(ids).toEqual(everything.Records.map((room) => room.Id));
    expect(ids.length).toBeGreaterThan(2);
  });

  it('getMany: sends ChatRoom_Id=[..] unencoded and returns the records', async () => {
    const rooms = await client.chatRooms.getMany([9876541, 1234567]);
    expect(rooms.map((room) => room.Id).sort()).toEqual([1234567, 9876541]);
    expect(await client.chatRooms.getMany([])).toEqual([]);
  });

  it('create, get, update (full replace), patch, delete', async () => {
    const created = await client.chatRooms.create({
      BusinessId: 12345678,
      Name: 'Helpers',
      Active: true,
      Users: [1, 2],
      SystemId: 'ext-1',
    });
    const Id = created.Value.Id;
    expect(await client.chatRooms.get(Id)).toMatchObject({
      Id,
      Name: 'Helpers',
      Active: true,
      Users: [1, 2],
      SystemId: 'ext-1',
    });

    await client.chatRooms.patch(Id, { Name: 'Patched' });
    expect(await client.chatRooms.get(Id)).toMatchObject({
      Name: 'Patched',
      Active: true,
      Users: [1, 2],
      SystemId: 'ext-1',
    });

    await client.chatRooms.update({ Id, BusinessId: 12345678, AddedUsers: [3] });
    expect(await client.chatRooms.get(Id)).toMatchObject({ Name: null, Active: false, Users: [3], SystemId: null });

    const deleted = await client.chatRooms.delete(Id);
    expect(deleted.WasSuccessful).toBe(true);
    await expect(client.chatRooms.get(Id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('commands and runCommand change state', async () => {
    const commands = await client.chatRooms.commands();
    expect(commands.map((command) => command.Key)).toContain('DEACTIVATE_CHATROOMS');
    const result = await client.chatRooms.runCommand({ key: 'DEACTIVATE_CHATROOMS', ids: [1234567, 9876541] });
    expect(result.WasSuccessful).toBe(true);
    expect((await client.chatRooms.getMany([1234567, 9876541])).map((room) => room.Active)).toEqual([false, false]);
    await client.chatRooms.runCommand({ key: 'RENAME_CHATROOM', ids: [1234567], parameters: [{ Value: 'Renamed' }] });
    expect((await client.chatRooms.get(1234567)).Name).toBe('Renamed');
  });

  it('throws ValidationError with the issues, in one shape', async () => {
    // @ts-expect-error BusinessId is required; the server must say so too.
    const failure = client.chatRooms.create({ Name: 'No business' });
    await expect(failure).rejects.toBeInstanceOf(ValidationError);
    await expect(failure).rejects.toMatchObject({
      status: 400,
      operationId: 'createChatRoom',
      issues: [{ field: 'BusinessId', message: 'is a required field' }],
    });
  });

  it('throws PermissionError for a user without the role', async () => {
    const viewer = createNexudusClient({
      baseUrl: sandbox().url,
      auth: { basic: { username: 'viewer@example.com', password: 'sandbox' } },
    });
    expect((await viewer.chatRooms.get(1234567)).Id).toBe(1234567);
    await expect(viewer.chatRooms.delete(1234567)).rejects.toBeInstanceOf(PermissionError);
  });
});

describe('chatUserMessages helpers', () => {
  it('create, get, list with a filter, getMany, iterate, patch, delete', async () => {
    const created = await client.chatUserMessages.create({ FromUserId: 4242, ToUsers: [1], ChatText: 'Helpers' });
    const Id = created.Value.Id;
    expect(await client.chatUserMessages.get(Id)).toMatchObject({
      Id,
      FromUserId: 4242,
      ToUsers: [1],
      Delievered: false,
    });

    const bySender = await client.chatUserMessages.list({ ChatUserMessage_FromUser: 4242 });
    expect(bySender.Records.map((message) => message.Id)).toEqual([Id]);
    expect((await client.chatUserMessages.getMany([Id, 123])).map((message) => message.Id).sort()).toEqual([123, Id]);
    const everyId: number[] = [];
    for await (const message of client.chatUserMessages.iterate({ size: 1 })) everyId.push(message.Id);
    expect(everyId).toContain(Id);
    expect(everyId.length).toBe((await client.chatUserMessages.list()).TotalItems);

    await client.chatUserMessages.patch(Id, { Delievered: true });
    expect(await client.chatUserMessages.get(Id)).toMatchObject({
      ChatText: 'Helpers',
      ToUsers: [1],
      Delievered: true,
    });

    await client.chatUserMessages.runCommand({ key: 'ADD_RECIPIENT', ids: [Id], parameters: [{ Value: 2 }] });
    expect((await client.chatUserMessages.get(Id)).ToUsers).toEqual([1, 2]);
    expect((await client.chatUserMessages.commands()).map((command) => command.Key)).toContain('MARK_DELIVERED');

    expect((await client.chatUserMessages.delete(Id)).WasSuccessful).toBe(true);
    await expect(client.chatUserMessages.get(Id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('chatUserMessages.update sends Delievered as the vendor spells it', async () => {
    const result = await client.chatUserMessages.update({
      Id: 87654321,
      FromUserId: 123,
      ToUsers: [456],
      ChatText: 'Hello',
      Delievered: true,
    });
    expect(result).toMatchObject({ WasSuccessful: true, Value: { Id: 87654321 } });
  });
});

describe('tokens helpers', () => {
  it('tokens.create exchanges a password for a bearer token that works', async () => {
    const anonymous = createNexudusClient({ baseUrl: sandbox().url });
    const token = await anonymous.tokens.create({
      grant_type: 'password',
      username: 'agent@example.com',
      password: 'sandbox',
    });
    expect(token).toMatchObject({ token_type: 'bearer', expires_in: expect.any(Number) });
    const agent = createNexudusClient({ baseUrl: sandbox().url, auth: { token: token.access_token } });
    expect((await agent.chatRooms.get(1234567)).Id).toBe(1234567);
  });
});

describe('errors say what the user called', () => {
  const admin = () =>
    createNexudusClient({
      baseUrl: sandbox().url,
      auth: { basic: { username: 'admin@example.com', password: 'sandbox' } },
    });

  it('names the helper, its method and path template, the status and the server message', async () => {
    const error = await admin()
      .chatRooms.get(1)
      .catch((failure) => failure);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      helper: 'chatRooms.get',
      method: 'GET',
      path: '/api/support/chatrooms/{Id}',
      status: 404,
      operationId: 'getChatRoom',
    });
    expect(error.message).toMatch(/^chatRooms\.get \(GET \/api\/support\/chatrooms\/\{Id\}\) failed with HTTP 404/);
  });

  it('leaves query values out: they may carry secrets', async () => {
    const error = await admin()
      .chatRooms.list({ ChatRoom_Name: 'secret-7f3a', page: 0 })
      .catch((failure) => failure);
    expect(error.message).toMatch(/^chatRooms\.list \(GET \/api\/support\/chatrooms\) failed with HTTP 400/);
    expect(JSON.stringify(error)).not.toContain('secret-7f3a');
  });

  it('a failed token exchange is the cause of an error naming the call, not the other way', async () => {
    const client = createNexudusClient({
      baseUrl: sandbox().url,
      auth: { username: 'admin@example.com', password: 'wrong-password' },
    });
    const error = await client.chatRooms.list().catch((failure) => failure);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toMatch(
      /^chatRooms\.list \(GET \/api\/support\/chatrooms\) failed: createToken \(POST \/api\/token\)/,
    );
    expect(error.cause).toBeInstanceOf(AuthenticationError);
    expect(error.cause).toMatchObject({ operationId: 'createToken', method: 'POST', path: '/api/token' });
    expect(JSON.stringify(error)).not.toContain('wrong-password');
  });

  it("patch's read of a missing record is the cause of a NotFoundError naming patch", async () => {
    const error = await admin()
      .chatRooms.patch(424242, { Name: 'x' })
      .catch((failure) => failure);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ helper: 'chatRooms.patch', method: 'PUT', path: '/api/support/chatrooms' });
    expect(error.message).toMatch(/^chatRooms\.patch \(PUT \/api\/support\/chatrooms\) failed: getChatRoom \(GET /);
    expect(error.cause).toMatchObject({ operationId: 'getChatRoom', status: 404 });
  });
});

// Type tests: what must and must not compile for a user of the client.
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ActionResult,
  ApiError,
  type ChatRoom,
  type ChatUserMessage,
  type components,
  createNexudusClient,
  type NexudusErrorBody,
  NotFoundError,
  ValidationError,
  type ValidationIssue,
} from './index.js';

const client = createNexudusClient({ auth: { username: 'admin@example.com', password: 'sandbox' } });

describe('Nexudus client types', () => {
  it("types each helper's arguments and result from the spec", () => {
    expectTypeOf(client.chatRooms.get).parameter(0).toEqualTypeOf<number>();
    expectTypeOf(client.chatRooms.get(1)).resolves.toHaveProperty('BusinessId').toEqualTypeOf<number>();
    expectTypeOf(client.chatRooms.list()).resolves.toHaveProperty('Records');
    expectTypeOf(client.chatRooms.getMany([1, 2])).resolves.items.toHaveProperty('Business');
    expectTypeOf(client.chatRooms.iterate()).toExtend<AsyncIterable<{ Id: number }>>();
    expectTypeOf(client.chatRooms.create({ BusinessId: 1 }))
      .resolves.toHaveProperty('WasSuccessful')
      .toEqualTypeOf<true>();
    expectTypeOf<ValidationIssue['field']>().toEqualTypeOf<string>();
    expectTypeOf<ApiError['status']>().toEqualTypeOf<number>();
  });

  it('gives each helper a withResponse() form typed as the helper: its body, status and headers', () => {
    expectTypeOf(client.chatRooms.get(1).withResponse()).resolves.toHaveProperty('data').toEqualTypeOf<ChatRoom>();
    expectTypeOf(client.chatRooms.get(1).withResponse()).resolves.toHaveProperty('headers').toEqualTypeOf<Headers>();
    expectTypeOf(client.chatRooms.getMany([1]).withResponse())
      .resolves.toHaveProperty('data')
      .items.toHaveProperty('Id')
      .toEqualTypeOf<number>();
    expectTypeOf(client.chatRooms.patch(1, { Name: 'x' }).withResponse())
      .resolves.toHaveProperty('data')
      .toHaveProperty('Value')
      .toEqualTypeOf<{ Id: number }>();
    expectTypeOf<ApiError['headers']>().toEqualTypeOf<Headers | undefined>();
  });

  it('refuses a body without BusinessId', () => {
    // @ts-expect-error BusinessId is required to create a chat room.
    void client.chatRooms.create({ Name: 'No business' });
    // @ts-expect-error BusinessId is required in a full-replace PUT.
    void client.chatRooms.update({ Id: 1, Name: 'No business' });
    // @ts-expect-error ...and through the raw client.
    void client.POST('/api/support/chatrooms', { body: { Name: 'No business' } });
  });

  it('refuses Delivered: the vendor spells it Delievered', () => {
    void client.chatUserMessages.update({ Id: 1, FromUserId: 2, Delievered: true });
    // @ts-expect-error the field is Delievered on the wire.
    void client.chatUserMessages.update({ Id: 1, FromUserId: 2, Delivered: true });
    expectTypeOf(client.chatUserMessages.get(1))
      .resolves.toHaveProperty('Delievered')
      .toEqualTypeOf<boolean | undefined>();
    // @ts-expect-error FromUserId is required to create a message.
    void client.chatUserMessages.create({ ChatText: 'Hi' });
    // @ts-expect-error the sender filter is ChatUserMessage_FromUser, not the property name.
    void client.chatUserMessages.list({ ChatUserMessage_FromUserId: 1 });
    expectTypeOf(client.chatUserMessages.iterate()).toExtend<AsyncIterable<{ Id: number; FromUserId?: number }>>();
    void (async () => {
      for await (const message of client.chatUserMessages.iterate()) {
        // @ts-expect-error lists leave out the recipients (quirk N33): read a message by Id for them.
        void message.ToUsers;
      }
    })();
  });

  it('refuses wrong parameter types and unknown filters', () => {
    // @ts-expect-error an Id is a number.
    void client.chatRooms.get('1234567');
    // @ts-expect-error size is a number.
    void client.chatRooms.list({ size: '25' });
    // @ts-expect-error no such filter.
    void client.chatRooms.list({ ChatRoom_Colour: 'red' });
    // @ts-expect-error the raw path needs its Id.
    void client.GET('/api/support/chatrooms/{Id}', {});
    // @ts-expect-error patch cannot change the Id.
    void client.chatRooms.patch(1, { Id: 2 });
  });

  it("takes runCommand's arguments by name, and requires the key", () => {
    void client.chatRooms.runCommand({ key: 'ACTIVATE_CHATROOMS', ids: [1] });
    // @ts-expect-error key is required.
    void client.chatRooms.runCommand({ ids: [1] });
  });

  it('takes one of the documented ways to authenticate', () => {
    createNexudusClient({ auth: { token: 'abc' } });
    createNexudusClient({ auth: { basic: { username: 'a', password: 'b' } } });
    createNexudusClient({ auth: { username: 'a', password: 'b', totp: '123456' } });
    // @ts-expect-error a username needs its password.
    createNexudusClient({ auth: { username: 'a' } });
  });
});

describe('named models', () => {
  it('exports a named type for every schema a user handles', () => {
    expectTypeOf<ChatRoom>().toEqualTypeOf<components['schemas']['ChatRoom']>();
    expectTypeOf<ChatUserMessage>().toEqualTypeOf<components['schemas']['ChatUserMessage']>();
    expectTypeOf<ActionResult>().toEqualTypeOf<components['schemas']['ActionResult']>();
    expectTypeOf(client.chatRooms.get(1)).resolves.toEqualTypeOf<ChatRoom>();
  });
});

describe('success results', () => {
  it('a create, update or patch names its record and succeeded: no `!` needed', async () => {
    const created = await client.chatRooms.create({ BusinessId: 1, Name: 'x' });
    expectTypeOf(created.WasSuccessful).toEqualTypeOf<true>();
    expectTypeOf(created.Value.Id).toEqualTypeOf<number>();
    expectTypeOf((await client.chatRooms.update({ Id: 1, BusinessId: 1, Name: 'x' })).Value.Id).toEqualTypeOf<number>();
    expectTypeOf((await client.chatUserMessages.patch(1, { ChatText: 'x' })).Value.Id).toEqualTypeOf<number>();
  });

  it('a delete or a command succeeded, and its Value may still be null', async () => {
    const deleted = await client.chatRooms.delete(1);
    expectTypeOf(deleted.WasSuccessful).toEqualTypeOf<true>();
    expectTypeOf(deleted.Value).toEqualTypeOf<{ Id: number } | null>();
    // @ts-expect-error Value is null after a delete.
    void deleted.Value.Id;
  });

  it('keeps the arguments and the other results as generated', () => {
    expectTypeOf(client.chatRooms.get).parameter(0).toEqualTypeOf<number>();
    expectTypeOf(client.tokens.create).returns.resolves.toHaveProperty('access_token');
  });
});

describe('error bodies', () => {
  it("types an error's body as Nexudus's error formats once instanceof narrows it", () => {
    const error: unknown = undefined;
    if (error instanceof NotFoundError) {
      expectTypeOf(error.body).toEqualTypeOf<NexudusErrorBody>();
      expectTypeOf(error.status).toEqualTypeOf<number>();
    }
    if (error instanceof ValidationError) {
      expectTypeOf(error.body).toEqualTypeOf<NexudusErrorBody>();
      expectTypeOf(error.issues).toEqualTypeOf<ValidationIssue[]>();
    }
    if (error instanceof ApiError && typeof error.body === 'object' && error.body && 'Message' in error.body)
      expectTypeOf(error.body.Message).toEqualTypeOf<string>();
  });
});

// A list's records keep their type inside array callbacks, for every list
// helper: the search pages, find by Ids, and the iterators.
import { describe, expectTypeOf, it } from 'vitest';
import { type components, createNexudusClient } from './index.js';

type ChatRoomListItem = components['schemas']['ChatRoomListItem'];
type ChatUserMessageListItem = components['schemas']['ChatUserMessageListItem'];

const client = createNexudusClient({ auth: { token: 't' } });

describe('Nexudus list records inside callbacks', () => {
  it('chatRooms.list and chatRooms.getMany', async () => {
    const page = await client.chatRooms.list();
    expectTypeOf(page.Records).toEqualTypeOf<ChatRoomListItem[]>();
    expectTypeOf(page.Records.map((room) => room.Id)).toEqualTypeOf<number[]>();
    expectTypeOf(page.Records.filter((room) => room.Active)).toEqualTypeOf<ChatRoomListItem[]>();
    const many = await client.chatRooms.getMany([1, 2]);
    expectTypeOf(many.find((room) => room.Name === 'x')).toEqualTypeOf<ChatRoomListItem | undefined>();
    // @ts-expect-error a misspelt field is an error inside the callback.
    page.Records.map((room) => room.Nmae);
    // @ts-expect-error ...in find by Ids too.
    many.filter((room) => room.BusinesId);
  });

  it('chatUserMessages.list and chatUserMessages.getMany', async () => {
    const page = await client.chatUserMessages.list();
    expectTypeOf(page.Records).toEqualTypeOf<ChatUserMessageListItem[]>();
    expectTypeOf(page.Records.map((message) => message.ChatText)).not.toBeNever();
    const many = await client.chatUserMessages.getMany([1]);
    expectTypeOf(many.find((message) => message.Delievered)).toEqualTypeOf<ChatUserMessageListItem | undefined>();
    // @ts-expect-error the vendor spells it Delievered.
    page.Records.filter((message) => message.Delivered);
  });

  it('the iterators yield the same records', async () => {
    for await (const room of client.chatRooms.iterate()) expectTypeOf(room).toEqualTypeOf<ChatRoomListItem>();
    for await (const message of client.chatUserMessages.iterate())
      expectTypeOf(message).toEqualTypeOf<ChatUserMessageListItem>();
  });
});

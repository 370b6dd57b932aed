// A list's records keep their type inside array callbacks: a page's `data`
// must be the record's array, not an intersection with the base paginator's
// generic records (which made every record `never` inside `.map`).
import { describe, expectTypeOf, it } from 'vitest';
import { type components, createPopsellClient } from './index.js';

type Ambassador = components['schemas']['Ambassador'];
type ChatroomWithLastMessage = components['schemas']['ChatroomWithLastMessage'];
type Message = components['schemas']['Message'];

const client = createPopsellClient({ baseUrl: 'http://127.0.0.1:4011/api/v2', brand: 3, auth: { token: 't' } });

describe('Popsell list records inside callbacks', () => {
  it('ambassadors.list', async () => {
    const page = await client.ambassadors.list();
    expectTypeOf(page.data).toEqualTypeOf<Ambassador[]>();
    expectTypeOf(page.data.map((ambassador) => ambassador.id_ambassador)).toEqualTypeOf<number[]>();
    expectTypeOf(page.data.filter((ambassador) => ambassador.status === 7)).toEqualTypeOf<Ambassador[]>();
    expectTypeOf(page.data.find((ambassador) => ambassador.email === null)).toEqualTypeOf<Ambassador | undefined>();
    // @ts-expect-error a misspelt field is an error inside the callback.
    page.data.map((ambassador) => ambassador.id_ambasador);
  });

  it('ambassadors.chatrooms', async () => {
    const page = await client.ambassadors.chatrooms(42);
    expectTypeOf(page.data).toEqualTypeOf<ChatroomWithLastMessage[]>();
    expectTypeOf(page.data.map((room) => room.id_chatroom)).toEqualTypeOf<number[]>();
    expectTypeOf(page.data.find((room) => room.last_message?.content === 'hi')).toEqualTypeOf<
      ChatroomWithLastMessage | undefined
    >();
    // @ts-expect-error a misspelt field is an error inside the callback.
    page.data.filter((room) => room.id_chatrom);
  });

  it('messages.list', async () => {
    const page = await client.messages.list(8);
    expectTypeOf(page.data).toEqualTypeOf<Message[]>();
    expectTypeOf(page.data.map((message) => message.author?.firstname)).not.toBeNever();
    expectTypeOf(page.data.filter((message) => message.type_message === 0)).toEqualTypeOf<Message[]>();
    // @ts-expect-error a misspelt field is an error inside the callback.
    page.data.find((message) => message.contnet);
  });

  it('the iterators yield the same records', async () => {
    for await (const ambassador of client.ambassadors.iterate()) expectTypeOf(ambassador).toEqualTypeOf<Ambassador>();
    for await (const room of client.ambassadors.iterateChatrooms(42))
      expectTypeOf(room).toEqualTypeOf<ChatroomWithLastMessage>();
    for await (const message of client.messages.iterate(8)) expectTypeOf(message).toEqualTypeOf<Message>();
  });
});

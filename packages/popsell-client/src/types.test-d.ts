import { describe, expectTypeOf, it } from 'vitest';
import {
  type Ambassador,
  type AmbassadorPage,
  ApiError,
  type Chatroom,
  type components,
  createPopsellClient,
  type Message,
  type PopsellErrorBody,
  type PopsellTokenCallOptions,
  ValidationError,
} from './index.js';

const client = createPopsellClient({
  baseUrl: 'http://127.0.0.1:4011/api/v2',
  brand: 3,
  auth: { token: 'sandbox-token' },
});

describe('Popsell client types', () => {
  it('returns one Chatroom, never the array form', () => {
    expectTypeOf(client.chatrooms.update(8, {})).resolves.toEqualTypeOf<components['schemas']['Chatroom']>();
    expectTypeOf(client.chatrooms.update(8, {})).resolves.toHaveProperty('id_chatroom').toEqualTypeOf<number>();
  });

  it('needs a brand', () => {
    // @ts-expect-error every request names its brand.
    createPopsellClient({ baseUrl: 'http://127.0.0.1:4011/api/v2', auth: { token: 't' } });
    // The raw call need not repeat the brand the client sends with every request...
    void client.PATCH('/chat/chatrooms/{id}', { params: { path: { id: 8 } }, body: {} });
    // ...but may name another, of the header's type.
    void client.PATCH('/chat/chatrooms/{id}', {
      params: { path: { id: 8 }, header: { 'X-Popsell-Brand': 5 } },
      body: {},
    });
    void client.PATCH('/chat/chatrooms/{id}', {
      // @ts-expect-error the brand header is a number.
      params: { path: { id: 8 }, header: { 'X-Popsell-Brand': [5] } },
      body: {},
    });
    // @ts-expect-error the path parameter is still required.
    void client.PATCH('/chat/chatrooms/{id}', { params: {}, body: {} });
  });

  it('needs a domain or a base URL', () => {
    createPopsellClient({ domain: 'shop.example.org', brand: 3 });
    // @ts-expect-error there is no default installation.
    createPopsellClient({ brand: 3 });
  });

  it('refuses what the chatroom does not take', () => {
    // @ts-expect-error the id is a number.
    void client.chatrooms.update('8', {});
    // @ts-expect-error established_dialogue is a timestamp string or null.
    void client.chatrooms.update(8, { established_dialogue: true });
  });

  it('gives each helper a withResponse() form typed as the helper', () => {
    expectTypeOf(client.chatrooms.get(8).withResponse()).resolves.toHaveProperty('data').toEqualTypeOf<Chatroom>();
    expectTypeOf(client.chatrooms.update(8, {}).withResponse())
      .resolves.toHaveProperty('data')
      .toEqualTypeOf<Chatroom>();
    expectTypeOf(client.chatrooms.get(8).withResponse()).resolves.toHaveProperty('status').toEqualTypeOf<number>();
  });

  it('types the rest of the chat group from the spec', () => {
    createPopsellClient({ domain: 'shop.example.org', brand: 3, auth: { apiKey: 'key' } });
    expectTypeOf(client.messages.list(8)).resolves.toHaveProperty('data').items.toHaveProperty('type_message');
    expectTypeOf(client.ambassadors.iterate()).toExtend<AsyncIterable<{ id_ambassador: number }>>();
    void client.chatrooms.create({ id_brand_tag: 1, source: 1 });
    // @ts-expect-error source is required.
    void client.chatrooms.create({ id_brand_tag: 1 });
    // @ts-expect-error a rating has its own route: type_message 2 is not posted here.
    void client.messages.post(8, { id_ambassador: 42, type_message: 2 });
    // @ts-expect-error the flag is 1, 2 or null.
    void client.chatrooms.flag(8, 42, { flag: 3 });
  });
});

describe('named models', () => {
  it('exports a named type for every schema a user handles', () => {
    expectTypeOf<Ambassador>().toEqualTypeOf<components['schemas']['Ambassador']>();
    expectTypeOf<Chatroom>().toEqualTypeOf<components['schemas']['Chatroom']>();
    expectTypeOf<Message>().toEqualTypeOf<components['schemas']['Message']>();
    expectTypeOf<AmbassadorPage>().toEqualTypeOf<components['schemas']['AmbassadorPage']>();
    expectTypeOf(client.messages.list(8)).resolves.toHaveProperty('data').items.toEqualTypeOf<Message>();
  });
});

describe('auth and token options', () => {
  it('with baseUrl, an api key must name its domain; with domain it may not', () => {
    createPopsellClient({
      baseUrl: 'http://127.0.0.1:4011/api/v2',
      brand: 3,
      auth: { apiKey: 'k', domain: 'shop.example.org' },
    });
    createPopsellClient({ domain: 'shop.example.org', brand: 3, auth: { apiKey: 'k' } });
    // @ts-expect-error the client cannot know which installation the key belongs to.
    createPopsellClient({ baseUrl: 'http://127.0.0.1:4011/api/v2', brand: 3, auth: { apiKey: 'k' } });
  });

  it('tokens.create and tokens.connectBrandUser take the domain per call', () => {
    expectTypeOf(client.tokens.create).parameter(1).toEqualTypeOf<PopsellTokenCallOptions | undefined>();
    void client.tokens.create({ api_key: 'k' }, { domain: 'shop.example.org', timeoutMs: 1000 });
    expectTypeOf(client.tokens.create({ api_key: 'k' }))
      .resolves.toHaveProperty('token')
      .toEqualTypeOf<string>();
    // @ts-expect-error the domain is a string.
    void client.tokens.connectBrandUser({ email_tmp: 'a', firstname: 'b', user_api_key: 'c' }, { domain: 1 });
  });
});

describe('documented values', () => {
  it('types status by its documented values, and a filter as the field it filters', () => {
    void client.ambassadors.chatrooms(42, { 'filter[type_chatroom]': 7 });
    void client.messages.list(8, { 'filter[type_message]': 0 });
    expectTypeOf<Parameters<typeof client.ambassadors.chatrooms>[1]>()
      .exclude<undefined>()
      .toHaveProperty('filter[type_chatroom]')
      .toEqualTypeOf<Chatroom['type_chatroom'] | undefined>();
    // @ts-expect-error the field is 0 or 7, a number.
    void client.ambassadors.chatrooms(42, { 'filter[type_chatroom]': '0' });
  });
});

describe('error bodies', () => {
  it("types an error's body as Popsell's error formats once instanceof narrows it", () => {
    const error: unknown = undefined;
    if (error instanceof ValidationError) expectTypeOf(error.body).toEqualTypeOf<PopsellErrorBody>();
    if (error instanceof ApiError && typeof error.body === 'object' && error.body)
      expectTypeOf(error.body.message).toEqualTypeOf<string>();
  });
});

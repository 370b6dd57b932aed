import { describe, expect, it } from 'vitest';
import { call, POPSELL } from '../../testing/client.js';
import { useSandbox } from '../../testing/vitest.js';

const sandbox = useSandbox({ api: 'popsell', seed: 'demo' });
const BRAND_3 = { 'X-Popsell-Brand': '3' };
const patch = (id: number | string, request: Parameters<typeof call>[2] = {}) =>
  call(sandbox(), 'updateChatroom', { auth: POPSELL, headers: BRAND_3, path: { id }, ...request });

describe('PATCH /chat/chatrooms/{id}', () => {
  it('serves under the server URL of the spec, /api/v2', () => {
    expect(sandbox().url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2$/);
  });

  it("the seed's curl example: sets established_dialogue and answers the chat room", async () => {
    const answer = await patch(12, { json: { established_dialogue: '2023-10-06 13:41:09.123' } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id_chatroom: 12, established_dialogue: '2023-10-06 13:41:09.123', source: 1 });
    expect(answer.body.ambassadors[0].chatroom_pivot_data).toEqual([
      { id_chatroom: 12, id_ambassador: 42, last_read_message: null, is_blocked: false, archived: false },
    ]);
    expect((await patch(12)).body.established_dialogue).toBe('2023-10-06 13:41:09.123');
  });

  it('accepts RFC 3339 and null; an empty body changes nothing', async () => {
    expect(
      (await patch(12, { json: { established_dialogue: '2024-01-02T03:04:05Z' } })).body.established_dialogue,
    ).toBe('2024-01-02T03:04:05Z');
    expect((await patch(12, { json: {} })).body.established_dialogue).toBe('2024-01-02T03:04:05Z');
    expect((await patch(12, { json: { established_dialogue: null } })).body.established_dialogue).toBeNull();
  });

  it('401 without a token or with an unknown one', async () => {
    for (const auth of [undefined, { bearer: 'wrong' }]) {
      const answer = await call(sandbox(), 'updateChatroom', { auth, headers: BRAND_3, path: { id: 8 }, json: {} });
      expect(answer).toMatchObject({ status: 401, body: { message: 'Unauthorized.' } });
    }
  });

  it('403 when the token may not act for the brand in the header', async () => {
    const answer = await patch(8, { headers: { 'X-Popsell-Brand': '5' }, json: {} });
    expect(answer).toMatchObject({ status: 403, body: { message: "You don't have permission to access this route" } });
  });

  it('404 for an unknown chat room, and for a chat room of another brand', async () => {
    expect((await patch(999, { json: {} })).body).toEqual({ message: 'The chatroom does not exist' });
    expect((await patch(20, { json: {} })).status).toBe(404);
    const brand5 = await call(sandbox(), 'updateChatroom', {
      auth: { bearer: 'sandbox-token-brand-5' },
      headers: { 'X-Popsell-Brand': '5' },
      path: { id: 20 },
      json: {},
    });
    expect(brand5.status).toBe(200);
  });

  it("422 in Laravel's words: a bad date, a missing or non-numeric brand header", async () => {
    const badDate = await patch(8, { json: { established_dialogue: 'yesterday' } });
    expect(badDate).toMatchObject({
      status: 422,
      body: {
        message: 'The established dialogue field is not in the expected format.',
        errors: { established_dialogue: ['The established dialogue field is not in the expected format.'] },
      },
    });
    const noBrand = await call(sandbox(), 'updateChatroom', {
      auth: POPSELL,
      path: { id: 8 },
      json: { established_dialogue: 5 },
    });
    expect(noBrand.status).toBe(422);
    expect(noBrand.body.message).toBe('The X-Popsell-Brand field is required. (and 1 more error)');
    expect(Object.keys(noBrand.body.errors).sort()).toEqual(['X-Popsell-Brand', 'established_dialogue']);
    expect((await patch(8, { headers: { 'X-Popsell-Brand': 'three' }, json: {} })).status).toBe(422);
  });
});

describe('the answer form', () => {
  const arraySandbox = useSandbox({ api: 'popsell', seed: 'demo', popsellAnswerForm: 'array' });
  it("can answer with the one-element array of the vendor's example, which the spec accepts too", async () => {
    const answer = await call(arraySandbox(), 'updateChatroom', {
      auth: POPSELL,
      headers: BRAND_3,
      path: { id: 8 },
      json: {},
    });
    expect(answer.body).toEqual([expect.objectContaining({ id_chatroom: 8 })]);
  });
});

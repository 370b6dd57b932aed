// Constraints no vendor source gives are not enforced (the seed audit): a
// date filter may be a day alone, a page may hold more than 100, and
// `email_tmp` is any string.
import { describe, expect, it } from 'vitest';
import { call, POPSELL } from '../../testing/client.js';
import { useSandbox } from '../../testing/vitest.js';

const sandbox = useSandbox({ api: 'popsell', seed: 'demo' });
const BRAND_3 = { 'X-Popsell-Brand': '3' };
const idsOf = (body: { data: { id_message?: number; id_chatroom?: number }[] }) =>
  body.data.map((item) => item.id_message ?? item.id_chatroom);

describe('Popsell constraints without a source', () => {
  it('filter[sent_before] takes a day alone, as its midnight', async () => {
    const list = (before: string) =>
      call(sandbox(), 'listChatroomMessages', {
        auth: POPSELL,
        headers: BRAND_3,
        path: { chatroom: 8 },
        query: `filter[sent_before]=${before}`,
      });
    const day = await list('2023-10-07');
    expect(day.status).toBe(200);
    expect(idsOf(day.body)).toEqual([15]);
    expect(idsOf((await list('2023-10-06')).body)).toEqual([]);
    expect((await list('yesterday')).status).toBe(422);
  });

  it('filter[last_action_date_before] takes a day alone', async () => {
    const answer = await call(sandbox(), 'listAmbassadorChatrooms', {
      auth: POPSELL,
      headers: BRAND_3,
      path: { ambassador: 42 },
      query: 'filter[last_action_date_before]=2024-01-01',
    });
    expect(answer.status).toBe(200);
    expect(idsOf(answer.body)).toEqual([8]);
  });

  it('per_page may exceed 100', async () => {
    const answer = await call(sandbox(), 'listAmbassadors', { auth: POPSELL, headers: BRAND_3, query: 'per_page=101' });
    expect(answer.status).toBe(200);
    expect(answer.body.per_page).toBe(101);
  });

  it('email_tmp is any string, as the vendor types it', async () => {
    const answer = await call(sandbox(), 'updateAmbassador', {
      auth: POPSELL,
      path: { ambassador: 43 },
      json: { email_tmp: 'not-an-email' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.email_tmp).toBe('not-an-email');
  });
});

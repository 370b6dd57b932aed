// Paging, filters and ordering of GET /api/support/chatrooms on a sandbox that
// starts empty, so every count below is known.
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, call } from '../../testing/client.js';
import { useSandbox } from '../../testing/vitest.js';

const sandbox = useSandbox({ api: 'nexudus', seed: 'empty' });
const search = (query: string) => call(sandbox(), 'searchChatRooms', { auth: ADMIN, query });

describe('paging', () => {
  it('an empty store gives an empty first page', async () => {
    const { body } = await search('');
    expect(body).toMatchObject({
      Records: [],
      TotalItems: 0,
      TotalPages: 0,
      FirstItem: 0,
      LastItem: 0,
      HasNextPage: false,
      HasPreviousPage: false,
      CurrentPage: 1,
      CurrentPageSize: 25,
    });
  });

  describe('with 50 rooms', () => {
    beforeAll(async () => {
      for (let i = 1; i <= 50; i++) {
        await call(sandbox(), 'createChatRoom', {
          auth: ADMIN,
          json: {
            BusinessId: i % 2,
            Name: `Room ${String(i).padStart(2, '0')}`,
            Active: i % 3 === 0,
            Users: [i],
            LastAgentVisit: i <= 10 ? `2024-01-${String(i).padStart(2, '0')}T12:00:00Z` : null,
          },
        });
      }
    });

    it('an exact multiple of the size: two full pages and no third', async () => {
      const first = (await search('size=25')).body;
      expect(first).toMatchObject({
        TotalItems: 50,
        TotalPages: 2,
        FirstItem: 1,
        LastItem: 25,
        HasNextPage: true,
        HasPreviousPage: false,
      });
      const second = (await search('size=25&page=2')).body;
      expect(second).toMatchObject({
        FirstItem: 26,
        LastItem: 50,
        HasNextPage: false,
        HasPreviousPage: true,
        CurrentPage: 2,
        PageNumber: 2,
      });
      expect(second.Records).toHaveLength(25);
    });

    it('a last partial page', async () => {
      const { body } = await search('size=20&page=3');
      expect(body).toMatchObject({
        TotalPages: 3,
        FirstItem: 41,
        LastItem: 50,
        HasNextPage: false,
        HasPreviousPage: true,
      });
      expect(body.Records).toHaveLength(10);
    });

    it('a page beyond the end is empty but keeps the totals', async () => {
      const { body } = await search('size=20&page=9');
      expect(body).toMatchObject({
        Records: [],
        TotalItems: 50,
        TotalPages: 3,
        FirstItem: 0,
        LastItem: 0,
        HasNextPage: false,
        HasPreviousPage: true,
      });
    });

    it('size 1 gives one record a page', async () => {
      const { body } = await search('size=1&page=50');
      expect(body).toMatchObject({
        TotalPages: 50,
        FirstItem: 50,
        LastItem: 50,
        HasNextPage: false,
        HasPreviousPage: true,
      });
      expect(body.Records).toHaveLength(1);
    });

    it('every page together holds every record exactly once', async () => {
      const ids: number[] = [];
      for (let page = 1; page <= 4; page++)
        ids.push(...(await search(`size=15&page=${page}`)).body.Records.map((r: any) => r.Id));
      expect(new Set(ids).size).toBe(50);
    });

    it('orders by any property, either way; keys match without regard to case', async () => {
      const down = (await search('orderby=Name&dir=descending&size=3')).body;
      expect(down.Records.map((r: any) => r.Name)).toEqual(['Room 50', 'Room 49', 'Room 48']);
      expect(down).toMatchObject({ CurrentOrderField: 'Name', CurrentSortDirection: -1 });
      const numeric = (await search('ORDERBY=name&Dir=-1&Size=2')).body;
      expect(numeric.Records.map((r: any) => r.Name)).toEqual(['Room 50', 'Room 49']);
      const up = (await search('orderby=Name&dir=Ascending&size=1')).body;
      expect(up.Records[0].Name).toBe('Room 01');
      expect(up.CurrentSortDirection).toBe(1);
    });

    it('equality filters are ANDed', async () => {
      const { body } = await search('ChatRoom_Business=1&ChatRoom_Active=true');
      expect(body.TotalItems).toBe(8);
      expect(body.Records.every((r: any) => r.Business === 1 && r.Active)).toBe(true);
      expect((await search('ChatRoom_Users=7')).body.Records.map((r: any) => r.Name)).toEqual(['Room 07']);
    });

    it('range filters are inclusive, to the precision given', async () => {
      expect(
        (await search('From_ChatRoom_LastAgentVisit=2024-01-03T12:00&To_ChatRoom_LastAgentVisit=2024-01-05')).body
          .TotalItems,
      ).toBe(3);
      expect((await search('to_chatroom_lastagentvisit=2024-01-02T12:00')).body.TotalItems).toBe(2);
      expect(
        (await search('From_ChatRoom_CreatedOn=2000-01-01&To_ChatRoom_CreatedOn=2999-12-31')).body.TotalItems,
      ).toBe(50);
      expect((await search('From_ChatRoom_UpdatedOn=2999-01-01')).body.TotalItems).toBe(0);
    });

    it('400 for a page that is not a number, an unknown order field, a malformed Id list', async () => {
      for (const query of [
        'page=first',
        'page=0',
        'orderby=Colour',
        'ChatRoom_Id=1,2',
        'dir=sideways',
        'From_ChatRoom_CreatedOn=yesterday',
      ]) {
        const answer = await search(query);
        expect(answer.status, query).toBe(400);
        expect(answer.body.WasSuccessful).toBe(false);
      }
    });
  });
});

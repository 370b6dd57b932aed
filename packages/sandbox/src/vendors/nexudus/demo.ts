// The demo data: the records the vendor's own examples name (Ids 1234567,
// 12345678, 87654321, 9876541, 1329961649), so every curl example of the seed
// pages works against a fresh sandbox, plus a few more to page through, and
// the refresh token of the spec's refresh example (admin@example.com's).
import type { ChatRoomRecord, ChatUserMessageRecord, NexudusState } from './records.js';

/** The refresh token of the spec's refresh-grant example. */
export const DEMO_REFRESH_TOKEN = '8f1c2d3e4b5a69788796a5b4c3d2e1f0';

const room = (Id: number, Name: string, Active: boolean, extra: Partial<ChatRoomRecord> = {}): ChatRoomRecord => ({
  Id,
  BusinessId: 12345678,
  Name,
  Active,
  LastAgentVisit: null,
  Users: [],
  SystemId: null,
  UniqueId: `00000000-0000-4000-8000-${String(Id).padStart(12, '0')}`,
  CreatedOn: '2018-07-03T06:23:01Z',
  UpdatedOn: '2020-01-01T21:57:21Z',
  UpdatedBy: 'System',
  ...extra,
});

const message = (Id: number, FromUserId: number, ChatText: string): ChatUserMessageRecord => ({
  Id,
  FromUserId,
  ToUsers: [87654321],
  ChatText,
  Delievered: false,
  SystemId: null,
  UniqueId: `00000000-0000-4000-9000-${String(Id).padStart(12, '0')}`,
  CreatedOn: '2024-03-01T09:00:00Z',
  UpdatedOn: '2024-03-01T09:00:00Z',
  UpdatedBy: 'System',
});

export function nexudusDemoState(): NexudusState {
  const rooms = [
    room(1234567, 'Name', false, { SystemId: '{ metadata: { id: 887766, processed: true } }' }),
    room(9876541, 'Front desk', true, {
      Users: [12345678, 87654321],
      LastAgentVisit: '2024-05-02T08:15:00Z',
      CreatedOn: '2024-01-10T09:00:00Z',
      UpdatedOn: '2024-05-02T08:15:00Z',
    }),
    room(12345678, 'Meeting rooms', true, {
      Users: [12345678],
      CreatedOn: '2024-02-01T10:30:00Z',
      UpdatedOn: '2024-02-01T10:30:00Z',
    }),
    room(87654321, 'Billing questions', true, {
      BusinessId: 0,
      CreatedOn: '2024-03-15T14:00:00Z',
      UpdatedOn: '2024-04-01T16:45:00Z',
    }),
    room(1329961649, 'Events', false, {
      BusinessId: 87654321,
      CreatedOn: '2025-01-15T10:30:00Z',
      UpdatedOn: '2025-01-15T10:30:00Z',
    }),
  ];
  const messages = [
    message(123, 123, 'Hello, is the meeting room free at 3pm?'),
    message(87654321, 12345678, 'Your invoice is ready.'),
  ];
  return {
    nextId: 1329961650,
    chatRooms: Object.fromEntries(rooms.map((r) => [r.Id, r])),
    chatUserMessages: Object.fromEntries(messages.map((m) => [m.Id, m])),
    tokens: {
      [DEMO_REFRESH_TOKEN]: {
        email: 'admin@example.com',
        kind: 'refresh',
        expiresAt: Date.UTC(2100, 0, 1),
        family: DEMO_REFRESH_TOKEN,
      },
    },
  };
}

export const nexudusEmptyState = (): NexudusState => ({ nextId: 1, chatRooms: {}, chatUserMessages: {}, tokens: {} });

// Demo data. Brand 3: chat room 8 of the vendor's example (ambassador 42
// and client 43, messages 15 and 16, the vendor's "super"), chat room 12
// with no message yet, staff 42 and 47 under brand tag 1, and guest 45
// (token `sandbox-guest-token`); the ids the vendor's other examples use,
// so they run as written: ambassadors 1 and 2 (a new chat room between
// them), and chat room 30 where ambassador 5 and client 2 have written
// (rating and purge). Brand 5: chat room 20, not found with brand 3's header.
import type { AmbassadorRecord, ChatroomRecord, MemberState, MessageRecord, PopsellState } from './records.js';

const ambassador = (
  id: number,
  firstname: string,
  lastname: string,
  status: number,
  extra: Partial<AmbassadorRecord> = {},
): AmbassadorRecord => ({
  id_ambassador: id,
  image: null,
  firstname,
  lastname,
  username: firstname.toLowerCase(),
  email: `${firstname.toLowerCase()}@example.com`,
  email_tmp: null,
  active: 1,
  status,
  last_action_date: '2025-05-04T09:42:00Z',
  customer_id: status === 7 ? `C-${id}` : null,
  anonymized: false,
  brands: [3],
  brand_tags: [],
  guests: [],
  ...extra,
});

const member = (id_ambassador: number, last_read_message: number | null = null): MemberState => ({
  id_ambassador,
  last_read_message,
  is_blocked: false,
  archived: false,
  flag: null,
});

const chatroom = (id: number, brand: number, extra: Partial<ChatroomRecord>): ChatroomRecord => ({
  id_chatroom: id,
  brand,
  members: [],
  date_insert: '2023-10-06T13:41:09.123000Z',
  last_message_date: null,
  type_chatroom: 0,
  type_discussion: 2,
  source: 0,
  established_dialogue: null,
  last_rating: null,
  last_summary: null,
  ...extra,
});

const text = (
  id: number,
  id_chatroom: number,
  id_author: number,
  date_insert: string,
  content: string,
): MessageRecord => ({
  id_message: id,
  id_chatroom,
  id_author,
  date_insert,
  content,
  type_message: 0,
  status_moderation: 0,
});

export function popsellDemoState(): PopsellState {
  const ambassadors = [
    ambassador(42, 'Ada', 'Lovelace', 0, { brand_tags: [1] }),
    ambassador(43, 'Grace', 'Hopper', 7),
    ambassador(44, 'Alan', 'Turing', 7),
    ambassador(45, 'Guest', 'Visitor', 8, { username: null, email: null, last_action_date: null }),
    ambassador(47, 'Margaret', 'Hamilton', 1, { brand_tags: [1] }),
    ambassador(50, 'Katherine', 'Johnson', 0, { brands: [5] }),
    ambassador(1, 'Hedy', 'Lamarr', 0),
    ambassador(2, 'Barbara', 'Liskov', 7),
    ambassador(5, 'Frances', 'Allen', 1),
  ];
  const rooms = [
    chatroom(8, 3, {
      members: [member(42, 16), member(43, 15)],
      last_message_date: '2023-10-09T12:12:40.220000Z',
      source: 2,
      established_dialogue: '2023-10-06 13:41:09.123',
      last_rating: { value: 5, comment: 'Great ambassador' },
      last_summary: { date_insert: '2023-10-09 12:20:00', summary: 'Questions about sizing.', anomaly: 0, topic: 3 },
    }),
    chatroom(12, 3, { members: [member(42), member(44)], source: 1 }),
    chatroom(20, 5, { members: [member(50)], type_discussion: 0 }),
    chatroom(30, 3, {
      members: [member(5, 32), member(2, 31)],
      last_message_date: '2024-02-12T10:05:00.000000Z',
    }),
  ];
  const messages = [
    text(15, 8, 43, '2023-10-06T13:41:09.123000Z', 'Hello, do you have this jacket in size M?'),
    text(16, 8, 42, '2023-10-09T12:12:40.220000Z', 'super'),
    text(31, 30, 2, '2024-02-12T10:00:00.000000Z', 'Is the blue model waterproof?'),
    text(32, 30, 5, '2024-02-12T10:05:00.000000Z', 'Yes, fully.'),
  ];
  return {
    nextId: 100,
    ambassadors: Object.fromEntries(ambassadors.map((record) => [record.id_ambassador, record])),
    chatrooms: Object.fromEntries(rooms.map((room) => [room.id_chatroom, room])),
    messages: Object.fromEntries(messages.map((record) => [record.id_message, record])),
    tokens: {},
    webPushes: [],
  };
}

export const popsellEmptyState = (): PopsellState => ({
  nextId: 1,
  ambassadors: {},
  chatrooms: {},
  messages: {},
  tokens: {},
  webPushes: [],
});

// Demo chat rooms: room 8 of the vendor's example and room 12 for brand 3,
// room 20 for brand 5 (not found with brand 3's header).
import type { AmbassadorRecord, ChatroomRecord, PopsellState } from './records.js';

const ambassador = (
  id: number,
  firstname: string,
  lastname: string,
  status: number,
  lastRead: number | null,
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
  pivot: { last_read_message: lastRead, is_blocked: false, archived: false },
});

const chatroom = (id: number, brand: number, extra: Partial<ChatroomRecord>): ChatroomRecord => ({
  id_chatroom: id,
  brand,
  ambassadors: [],
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

export function popsellDemoState(): PopsellState {
  const rooms = [
    chatroom(8, 3, {
      ambassadors: [ambassador(42, 'Ada', 'Lovelace', 0, 16), ambassador(43, 'Grace', 'Hopper', 7, 15)],
      last_message_date: '2023-10-09T12:12:40.220000Z',
      source: 2,
      established_dialogue: '2023-10-06 13:41:09.123',
      last_rating: { value: 5, comment: 'Great ambassador' },
      last_summary: { date_insert: '2023-10-09 12:20:00', summary: 'Questions about sizing.', anomaly: 0, topic: 3 },
    }),
    chatroom(12, 3, {
      ambassadors: [ambassador(42, 'Ada', 'Lovelace', 0, null), ambassador(44, 'Alan', 'Turing', 7, null)],
      source: 1,
    }),
    chatroom(20, 5, { ambassadors: [ambassador(50, 'Katherine', 'Johnson', 0, null)], type_discussion: 0 }),
  ];
  return { chatrooms: Object.fromEntries(rooms.map((room) => [room.id_chatroom, room])) };
}

export const popsellEmptyState = (): PopsellState => ({ chatrooms: {} });

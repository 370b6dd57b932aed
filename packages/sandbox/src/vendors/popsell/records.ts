// The Popsell sandbox's stored chat rooms; `brand` scopes them and never
// appears on the wire.
export interface AmbassadorRecord {
  id_ambassador: number;
  image: string | null;
  firstname: string | null;
  lastname: string | null;
  username: string | null;
  email: string | null;
  email_tmp: string | null;
  active: number;
  status: number;
  last_action_date: string | null;
  customer_id: string | null;
  anonymized: boolean;
  pivot: { last_read_message: number | null; is_blocked: boolean; archived: boolean };
}

export interface ChatroomRecord {
  id_chatroom: number;
  brand: number;
  ambassadors: AmbassadorRecord[];
  date_insert: string;
  last_message_date: string | null;
  type_chatroom: 0 | 7;
  type_discussion: 0 | 1 | 2;
  source: 0 | 1 | 2;
  established_dialogue: string | null;
  last_rating: { value: number; comment: string | null } | null;
  last_summary: { date_insert: string; summary: string; anomaly: number; topic: number } | null;
}

export interface PopsellState {
  chatrooms: Record<string, ChatroomRecord>;
}

const ONLINE_WINDOW_MS = 5 * 60 * 1000;

/** A chat room as Popsell answers with it: `online` derived, the pivot as a one-row array. */
export function chatroomOnWire({ brand: _brand, ambassadors, ...room }: ChatroomRecord, now = Date.now()) {
  return {
    ...room,
    ambassadors: ambassadors.map(({ pivot, ...ambassador }) => ({
      ...ambassador,
      online: ambassador.last_action_date !== null && now - Date.parse(ambassador.last_action_date) < ONLINE_WINDOW_MS,
      chatroom_pivot_data: [{ id_chatroom: room.id_chatroom, id_ambassador: ambassador.id_ambassador, ...pivot }],
    })),
  };
}

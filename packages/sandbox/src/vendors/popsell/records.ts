// The Popsell sandbox's stored records and how they are shown on the wire.
import type { components } from '../../generated/popsell.js';

type Schemas = components['schemas'];

// Ambassadors are stored once; a chat room holds each member's state (the
// pivot row), and messages point at their chat room and author. `brands`,
// `brand_tags`, `guests` and `flag` never appear on the wire.
// Clients (7) and temporary accounts (8) are external; everyone else is a member of the brand.
export const isExternal = (status: number) => status === 7 || status === 8;

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
  brands: number[];
  brand_tags: number[];
  /** Guest accounts bound to this one by POST /auth/brand. */
  guests: number[];
}

export interface MemberState {
  id_ambassador: number;
  last_read_message: number | null;
  is_blocked: boolean;
  archived: boolean;
  flag: 1 | 2 | null;
}

export interface ChatroomRecord {
  id_chatroom: number;
  brand: number;
  members: MemberState[];
  date_insert: string;
  last_message_date: string | null;
  type_chatroom: 0 | 7;
  type_discussion: 0 | 1 | 2;
  source: 0 | 1 | 2;
  established_dialogue: string | null;
  last_rating: Schemas['Chatroom']['last_rating'];
  last_summary: { date_insert: string; summary: string; anomaly: number; topic: number } | null;
}

// A type, not an interface: the spec's Rating admits other properties, which only a type matches.
export type RatingRecord = {
  id_rating: number;
  date_insert: string;
  date_update: string | null;
  date_delete: string | null;
  value: number | null;
  content: string | null;
  id_user_rater: number;
  id_user_rated: number;
};

export interface MessageRecord {
  id_message: number;
  id_chatroom: number;
  id_author: number;
  date_insert: string;
  content: string | null;
  type_message: Schemas['Message']['type_message'];
  status_moderation: number;
  rating?: RatingRecord;
  products?: Record<string, unknown>[];
}

/** A token issued by POST /auth/token (an api key's brands) or POST /auth/brand (a brand user). */
export interface IssuedToken {
  brands: number[];
  id_ambassador?: number;
}

/** A whole state: the demo seed, or a JSON data file of an earlier sandbox, written into a new database. */
export interface PopsellState {
  nextId: number;
  ambassadors: Record<string, AmbassadorRecord>;
  chatrooms: Record<string, ChatroomRecord>;
  messages: Record<string, MessageRecord>;
  tokens: Record<string, IssuedToken>;
  /** Web pushes the sandbox would have sent. */
  webPushes: { id_message: number; id_ambassador: number; date: string }[];
}

/** Popsell writes times as RFC 3339 in UTC with microseconds: `2023-10-09T12:12:40.220000Z`. */
export const popsellNow = () => new Date().toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');

/**
 * Milliseconds of a Popsell time in either form it is written in; the database form has no zone and is UTC.
 * A date filter may give a day alone, which is its midnight.
 */
export function popsellTime(value: string): number {
  const iso = value.length === 10 ? `${value}T00:00:00` : value.replace(' ', 'T');
  return Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`);
}

const ONLINE_WINDOW_MS = 5 * 60 * 1000;

/** An ambassador as the API shows it: `online` derived, no sandbox-only fields. */
export function ambassadorOnWire(
  { brands: _brands, brand_tags: _tags, guests: _guests, ...ambassador }: AmbassadorRecord,
  now = Date.now(),
) {
  return {
    ...ambassador,
    online: ambassador.last_action_date !== null && now - Date.parse(ambassador.last_action_date) < ONLINE_WINDOW_MS,
  };
}

/** Where the records a chat room or a message names are read from. */
interface AmbassadorSource {
  ambassadors: { get(id: number): AmbassadorRecord | undefined };
}

/** A chat room as the API shows it: each member with its pivot row, as a one-row array. */
export function chatroomOnWire({ brand: _brand, members, ...room }: ChatroomRecord, tables: AmbassadorSource) {
  return {
    ...room,
    ambassadors: members.map(({ flag: _flag, ...pivot }) => ({
      ...ambassadorOnWire(tables.ambassadors.get(pivot.id_ambassador)!),
      chatroom_pivot_data: [{ id_chatroom: room.id_chatroom, ...pivot }],
    })),
  };
}

export function messageOnWire({ id_chatroom: _room, id_author, ...message }: MessageRecord, tables: AmbassadorSource) {
  return { ...message, author: ambassadorOnWire(tables.ambassadors.get(id_author)!) };
}

/** The ambassador's state in the chat room, if the ambassador is in it. */
export const memberIn = (room: ChatroomRecord, id_ambassador: number) =>
  room.members.find((member) => member.id_ambassador === id_ambassador);

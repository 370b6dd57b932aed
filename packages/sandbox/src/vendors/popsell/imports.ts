// What a bulk import takes for Popsell: ambassadors, chat rooms and messages
// as the API answers them (the spec's Ambassador, Chatroom and Message), for
// one `brand`. A chat room brings the ambassadors it lists, with their state
// in it (`chatroom_pivot_data`); a message names its chat room, which the
// API's message leaves out, as `id_chatroom`.
import type { ImportPlan } from '../../admin/imports.js';
import { ImportError } from '../../admin/imports.js';
import type { AmbassadorRecord, ChatroomRecord, MemberState, MessageRecord } from './records.js';
import { popsellNow } from './records.js';
import type { PopsellTables } from './tables.js';

type Read = Record<string, unknown>;
const or = <T>(value: unknown, fallback: T) => (value === undefined ? fallback : (value as T));

function saveAmbassador(tables: PopsellTables, read: Read, brand: number) {
  const known = tables.ambassadors.get(read.id_ambassador as number);
  const record: AmbassadorRecord = {
    id_ambassador: read.id_ambassador as number,
    image: or(read.image, null),
    firstname: or(read.firstname, null),
    lastname: or(read.lastname, null),
    username: or(read.username, null),
    email: or(read.email, null),
    email_tmp: or(read.email_tmp, null),
    active: or(read.active, 1),
    status: or(read.status, 7),
    last_action_date: or(read.last_action_date, null),
    customer_id: or(read.customer_id, null),
    anonymized: or(read.anonymized, false),
    brands: [...new Set([...(known?.brands ?? []), brand])],
    brand_tags: or(read.brand_tags, known?.brand_tags ?? []),
    guests: known?.guests ?? [],
  };
  tables.ambassadors.save(record);
  return record.id_ambassador;
}

export const POPSELL_IMPORTS: ImportPlan<PopsellTables> = {
  options: { required: ['brand'], properties: { brand: { type: 'integer', minimum: 1 } } },
  collections: {
    ambassadors: {
      component: 'Ambassador',
      extra: { properties: { brand_tags: { type: 'array', items: { type: 'integer' } } } },
      save: (tables, read: Read, { brand }) => saveAmbassador(tables, read, brand),
    },
    chatrooms: {
      component: 'Chatroom',
      save(tables, read: Read, { brand }) {
        const members: MemberState[] = ((read.ambassadors as Read[] | undefined) ?? []).map((ambassador) => {
          saveAmbassador(tables, ambassador, brand);
          const pivot = ((ambassador.chatroom_pivot_data as Read[] | undefined) ?? [])[0] ?? {};
          return {
            id_ambassador: ambassador.id_ambassador as number,
            last_read_message: or(pivot.last_read_message, null),
            is_blocked: Boolean(pivot.is_blocked),
            archived: Boolean(pivot.archived),
            flag: null,
          };
        });
        const record: ChatroomRecord = {
          id_chatroom: read.id_chatroom as number,
          brand,
          members,
          date_insert: or(read.date_insert, popsellNow()),
          last_message_date: or(read.last_message_date, null),
          type_chatroom: or(read.type_chatroom, 0),
          type_discussion: or(read.type_discussion, 0),
          source: Number(or(read.source, 0)) as ChatroomRecord['source'],
          established_dialogue: or(read.established_dialogue, null),
          last_rating: or(read.last_rating, null),
          last_summary: or(read.last_summary, null),
        };
        tables.chatrooms.save(record);
        return record.id_chatroom;
      },
    },
    messages: {
      component: 'Message',
      extra: { required: ['id_chatroom', 'author'], properties: { id_chatroom: { type: 'integer' } } },
      save(tables, read: Read, { brand }) {
        const room = tables.chatrooms.get(read.id_chatroom as number);
        if (!room || room.brand !== brand)
          throw new ImportError(`no chat room ${read.id_chatroom} of brand ${brand}: import it first`);
        const author = read.author as Read;
        saveAmbassador(tables, author, brand);
        const record: MessageRecord = {
          id_message: read.id_message as number,
          id_chatroom: room.id_chatroom,
          id_author: author.id_ambassador as number,
          date_insert: or(read.date_insert, popsellNow()),
          content: or(read.content, null),
          type_message: read.type_message as MessageRecord['type_message'],
          status_moderation: or(read.status_moderation, 0),
          ...(read.rating ? { rating: read.rating as MessageRecord['rating'] } : {}),
          ...(read.products ? { products: read.products as MessageRecord['products'] } : {}),
        };
        tables.messages.save(record);
        return record.id_message;
      },
    },
  },
};

// Messages: a chat room's list, posting text, product and rating messages
// (each moves the chat room's last_message_date and may establish the
// dialogue), and the web push for a new message.
import type { Store } from '../../store/store.js';
import { answer, chatroomNotFound, forbidden, message, pageWindow, paginator, unprocessable } from './answers.js';
import { type MessageRecord, memberIn, messageOnWire, popsellNow, popsellTime, type RatingRecord } from './records.js';
import { ambassadorFor, type Context, chatroomFor, type H, type Handlers, mayActAs, mayRead } from './scope.js';
import type { PopsellTables } from './tables.js';

/** `established_dialogue` in the database form the vendor shows: `2023-10-06 13:41:09.123`. */
const databaseTime = (iso: string) => iso.slice(0, 23).replace('T', ' ');

type MessageOperation =
  | 'listChatroomMessages'
  | 'postChatroomMessage'
  | 'postProductMessage'
  | 'rateChatroom'
  | 'notifyNewChatMessage';

export function messageHandlers(store: Store<PopsellTables>): Handlers<MessageOperation> {
  const tables = store.reads;

  /**
   * Posts a message as `author` in the chat room named by the path: the author
   * must be in it and not have blocked it. The chat room's last message date
   * moves, the author has read their own message, and a second author
   * establishes the dialogue.
   */
  const post = (
    context: Context<'postChatroomMessage' | 'postProductMessage' | 'rateChatroom'>,
    author: number,
    fields: Omit<MessageRecord, 'id_message' | 'id_chatroom' | 'id_author' | 'date_insert' | 'rating'>,
    rating?: Pick<RatingRecord, 'value' | 'content' | 'id_user_rater' | 'id_user_rated'>,
  ) =>
    store.write((current) => {
      const room = chatroomFor(current, context, context.path.chatroom);
      if (!room) return chatroomNotFound();
      if (!mayActAs(current, context, author)) return forbidden();
      if (rating && !memberIn(room, rating.id_user_rated))
        return unprocessable([{ field: 'id_user_rated', message: 'is not in the chatroom' }]);
      const member = memberIn(room, author);
      if (!member || member.is_blocked) return forbidden();
      const now = popsellNow();
      const record: MessageRecord = {
        id_message: current.nextId(),
        id_chatroom: room.id_chatroom,
        id_author: author,
        date_insert: now,
        ...fields,
      };
      if (rating) {
        record.rating = {
          id_rating: current.nextId(),
          date_insert: now,
          date_update: null,
          date_delete: null,
          ...rating,
        };
        // A rating without a value leaves `value` out: the spec's chat room has no null value.
        room.last_rating =
          rating.value === null ? { comment: rating.content } : { value: rating.value, comment: rating.content };
      }
      current.messages.save(record);
      room.last_message_date = now;
      member.last_read_message = record.id_message;
      // The dialogue is established by the first message of a second author.
      if (room.established_dialogue === null && current.messages.otherAuthor(room.id_chatroom, author))
        room.established_dialogue = databaseTime(now);
      current.chatrooms.save(room);
      const ambassador = current.ambassadors.get(author)!;
      ambassador.last_action_date = now;
      current.ambassadors.save(ambassador);
      return answer(201, messageOnWire(record, current));
    });

  const listChatroomMessages: H<'listChatroomMessages'> = (context) => {
    const { query } = context;
    const room = chatroomFor(tables, context, context.path.chatroom);
    if (!room) return chatroomNotFound();
    if (!mayRead(tables, context, room)) return forbidden();
    const before = query['filter[sent_before]'];
    const found = tables.messages.ofChatroom(
      room.id_chatroom,
      {
        sentBefore: before === undefined ? undefined : popsellTime(before),
        active: query['filter[active]'],
        typeMessage: query['filter[type_message]'] === undefined ? undefined : Number(query['filter[type_message]']),
      },
      pageWindow(query),
    );
    const data = found.records.map((m) => messageOnWire(m, tables));
    return answer(200, paginator(data, found.total, query, context.url()));
  };

  const postChatroomMessage: H<'postChatroomMessage'> = (context) =>
    post(context, context.body.id_ambassador, {
      content: context.body.content ?? null,
      type_message: context.body.type_message,
      status_moderation: 0,
    });

  const postProductMessage: H<'postProductMessage'> = (context) =>
    post(context, context.body.id_ambassador, {
      content: null,
      type_message: 3,
      status_moderation: 0,
      products: [{ id_product: context.body.id_product }],
    });

  const rateChatroom: H<'rateChatroom'> = (context) => {
    const { id_user_rated, id_user_rater, value, content } = context.body;
    return post(
      context,
      id_user_rater,
      { content: null, type_message: 2, status_moderation: 0 },
      { value: value ?? null, content: content ?? null, id_user_rater, id_user_rated },
    );
  };

  const notifyNewChatMessage: H<'notifyNewChatMessage'> = (context) => {
    const id_message = Number(context.path.id_message);
    const id_ambassador = Number(context.path.id_ambassador);
    return store.write((current) => {
      const posted = current.messages.get(id_message);
      const room = posted && chatroomFor(current, context, posted.id_chatroom);
      if (!posted || !room || !ambassadorFor(current, context, id_ambassador))
        return message(404, 'The message or the ambassador does not exist');
      if (!mayRead(current, context, room)) return forbidden();
      const success = posted.id_author !== id_ambassador && memberIn(room, id_ambassador) !== undefined;
      if (success) current.webPushes.add({ id_message, id_ambassador, date: popsellNow() });
      return answer(200, { success });
    });
  };

  return { listChatroomMessages, postChatroomMessage, postProductMessage, rateChatroom, notifyNewChatMessage };
}

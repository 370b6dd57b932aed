// Messages: a chat room's list, posting text, product and rating messages
// (each moves the chat room's last_message_date and may establish the
// dialogue), and the web push for a new message.
import type { Store } from '../../store/store.js';
import { chatroomNotFound, forbidden, message, paginator, unprocessable } from './answers.js';
import {
  type MessageRecord,
  memberIn,
  messageOnWire,
  messagesOf,
  type PopsellState,
  popsellNow,
  popsellTime,
  type RatingRecord,
  stored,
} from './records.js';
import { ambassadorFor, type Context, chatroomFor, type H } from './scope.js';

/** `established_dialogue` in the database form the vendor shows: `2023-10-06 13:41:09.123`. */
const databaseTime = (iso: string) => iso.slice(0, 23).replace('T', ' ');

export function messageHandlers(store: Store<PopsellState>): Record<string, H> {
  const state = () => store.state;

  /**
   * Posts a message as `author` in the chat room named by the path: the author
   * must be in it and not have blocked it. The chat room's last message date
   * moves, the author has read their own message, and a second author
   * establishes the dialogue.
   */
  const post = async (
    context: Context,
    author: number,
    fields: Omit<MessageRecord, 'id_message' | 'id_chatroom' | 'id_author' | 'date_insert' | 'rating'>,
    rating?: Pick<RatingRecord, 'value' | 'content' | 'id_user_rater' | 'id_user_rated'>,
  ) => {
    const room = chatroomFor(state(), context, context.path.chatroom);
    if (!room) return chatroomNotFound();
    const member = memberIn(room, author);
    if (!member || member.is_blocked) return forbidden();
    const created = await store.mutate((current) => {
      const now = popsellNow();
      const record: MessageRecord = {
        id_message: current.nextId++,
        id_chatroom: room.id_chatroom,
        id_author: author,
        date_insert: now,
        ...fields,
      };
      if (rating) {
        record.rating = {
          id_rating: current.nextId++,
          date_insert: now,
          date_update: null,
          date_delete: null,
          ...rating,
        };
        room.last_rating = { value: rating.value, comment: rating.content };
      }
      current.messages[record.id_message] = record;
      room.last_message_date = now;
      member.last_read_message = record.id_message;
      current.ambassadors[author]!.last_action_date = now;
      // The dialogue is established by the first message of a second author.
      const otherAuthor = Object.values(current.messages).some(
        (other) => other.id_chatroom === room.id_chatroom && other.id_author !== author,
      );
      if (room.established_dialogue === null && otherAuthor) room.established_dialogue = databaseTime(now);
      return record;
    });
    return { status: 201, body: messageOnWire(created, state()) };
  };

  const listChatroomMessages: H = (context) => {
    const { query } = context;
    const room = chatroomFor(state(), context, context.path.chatroom);
    if (!room) return chatroomNotFound();
    const before = query['filter[sent_before]'];
    const found = messagesOf(state(), room.id_chatroom).filter(
      (m) =>
        (before === undefined || popsellTime(m.date_insert) < popsellTime(before)) &&
        (query['filter[active]'] === undefined || (m.status_moderation === 0) === query['filter[active]']) &&
        (query['filter[type_message]'] === undefined || String(m.type_message) === query['filter[type_message]']),
    );
    return {
      status: 200,
      body: paginator(
        found.map((m) => messageOnWire(m, state())),
        query,
        context.url(),
      ),
    };
  };

  const postChatroomMessage: H = (context) =>
    post(context, context.body.id_ambassador, {
      content: context.body.content ?? null,
      type_message: context.body.type_message,
      status_moderation: 0,
    });

  const postProductMessage: H = (context) =>
    post(context, context.body.id_ambassador, {
      content: null,
      type_message: 3,
      status_moderation: 0,
      products: [{ id_product: context.body.id_product }],
    });

  const rateChatroom: H = (context) => {
    const { id_user_rated, id_user_rater, value, content } = context.body;
    const room = chatroomFor(state(), context, context.path.chatroom);
    if (!room) return chatroomNotFound();
    if (!memberIn(room, id_user_rated))
      return unprocessable([{ field: 'id_user_rated', message: 'is not in the chatroom' }]);
    return post(
      context,
      id_user_rater,
      { content: null, type_message: 2, status_moderation: 0 },
      { value: value ?? null, content: content ?? null, id_user_rater, id_user_rated },
    );
  };

  const notifyNewChatMessage: H = async (context) => {
    const id_message = Number(context.path.id_message);
    const id_ambassador = Number(context.path.id_ambassador);
    const posted = stored(state().messages, id_message);
    const room = posted && chatroomFor(state(), context, posted.id_chatroom);
    if (!posted || !room || !ambassadorFor(state(), context, id_ambassador))
      return message(404, 'The message or the ambassador does not exist');
    const success = posted.id_author !== id_ambassador && memberIn(room, id_ambassador) !== undefined;
    if (success) {
      await store.mutate((current) => {
        current.webPushes.push({ id_message, id_ambassador, date: popsellNow() });
      });
    }
    return { status: 200, body: { success } };
  };

  return { listChatroomMessages, postChatroomMessage, postProductMessage, rateChatroom, notifyNewChatMessage };
}

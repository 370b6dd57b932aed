// Chat rooms: create, read, the established-dialogue update, and each
// member's state (read marker, block, archive, flag), plus purge.
import type { Store } from '../../store/store.js';
import { ambassadorNotFound, answer, chatroomNotFound, forbidden, message, unprocessable } from './answers.js';
import {
  type ChatroomRecord,
  chatroomOnWire,
  isExternal,
  type MemberState,
  memberIn,
  messageOnWire,
  popsellNow,
} from './records.js';
import { actingBrands, type Context, chatroomFor, type H, type Handlers, mayActAs, mayRead } from './scope.js';
import type { PopsellTables } from './tables.js';

/** How PATCH /chat/chatrooms/{id} answers: the documented object, or the one-element array of the vendor's example. */
export type PopsellAnswerForm = 'object' | 'array';

function discussionType(statuses: number[]): 0 | 1 | 2 {
  const external = statuses.filter(isExternal).length;
  return external === 0 ? 0 : external === statuses.length ? 1 : 2;
}

const newMember = (id_ambassador: number): MemberState => ({
  id_ambassador,
  last_read_message: null,
  is_blocked: false,
  archived: false,
  flag: null,
});

type ChatroomOperation =
  | 'createChatroom'
  | 'getChatroom'
  | 'updateChatroom'
  | 'markChatroomRead'
  | 'blockChatroom'
  | 'archiveChatroom'
  | 'flagChatroom'
  | 'purgeChatroom';
type MemberOperation = 'markChatroomRead' | 'blockChatroom' | 'archiveChatroom' | 'flagChatroom';

export function chatroomHandlers(
  store: Store<PopsellTables>,
  answerForm: PopsellAnswerForm,
): Handlers<ChatroomOperation> {
  const tables = store.reads;

  /** The chat room and the ambassador's state in it, or the 404 that says which is missing, or the 403 of another's. */
  const memberOf = (current: PopsellTables, context: Context<MemberOperation>) => {
    const room = chatroomFor(current, context, context.path.chatroom);
    if (!room) return { refused: chatroomNotFound() };
    if (!mayActAs(current, context, context.path.ambassador)) return { refused: forbidden() };
    const member = memberIn(room, context.path.ambassador);
    return member ? { room, member } : { refused: ambassadorNotFound() };
  };

  /** Changes the ambassador's state in the chat room, and says what it did. */
  const changeMember = <Text extends string | null>(
    context: Context<MemberOperation>,
    change: (member: MemberState, room: ChatroomRecord) => Text,
  ) =>
    store.write((current) => {
      const found = memberOf(current, context);
      if (found.refused) return found.refused;
      const text = change(found.member, found.room);
      current.chatrooms.save(found.room);
      return message(200, text);
    });

  const createChatroom: H<'createChatroom'> = async (context) => {
    const [brand] = actingBrands(context);
    const { body } = context;
    return store.write((current) => {
      let members: number[];
      if ('ids_ambassadors' in body) {
        members = [...new Set<number>(body.ids_ambassadors)];
        if (members.length !== 2 || !current.ambassadors.allInBrand(brand!, members))
          return unprocessable([
            { field: 'ids_ambassadors', message: 'must name two different ambassadors of the brand' },
          ]);
      } else {
        members = current.ambassadors.tagged(brand!, body.id_brand_tag);
        if (!members.length) return unprocessable([{ field: 'id_brand_tag', message: 'is invalid' }]);
      }
      // An ambassador's token opens only chat rooms it is in.
      if (!members.some((member) => mayActAs(current, context, member))) return forbidden();
      const created: ChatroomRecord = {
        id_chatroom: current.nextId(),
        brand: brand!,
        members: members.map(newMember),
        date_insert: popsellNow(),
        last_message_date: null,
        type_chatroom: 'ids_ambassadors' in body ? 0 : 7,
        type_discussion: discussionType(current.ambassadors.many(members).map((ambassador) => ambassador.status)),
        source: body.source,
        established_dialogue: null,
        last_rating: null,
        last_summary: null,
      };
      current.chatrooms.save(created);
      return answer(201, chatroomOnWire(created, current));
    });
  };

  const getChatroom: H<'getChatroom'> = (context) => {
    const room = chatroomFor(tables, context, context.path.id);
    if (!room) return chatroomNotFound();
    return mayRead(tables, context, room) ? answer(200, chatroomOnWire(room, tables)) : forbidden();
  };

  const updateChatroom: H<'updateChatroom'> = (context) =>
    store.write((current) => {
      const room = chatroomFor(current, context, context.path.id);
      if (!room) return chatroomNotFound();
      if (!mayRead(current, context, room)) return forbidden();
      if (context.body && 'established_dialogue' in context.body) {
        room.established_dialogue = context.body.established_dialogue ?? null;
        current.chatrooms.save(room);
      }
      const chatroom = chatroomOnWire(room, current);
      return answer(200, answerForm === 'array' ? [chatroom] : chatroom);
    });

  const markChatroomRead: H<'markChatroomRead'> = (context) =>
    store.write((current) => {
      const found = memberOf(current, context);
      if (found.refused) return found.refused;
      const last = current.messages.newest(found.room.id_chatroom);
      if (!last) return message(404, 'The message does not exist');
      found.member.last_read_message = last.id_message;
      current.chatrooms.save(found.room);
      return answer(200, messageOnWire(last, current));
    });

  const blockChatroom: H<'blockChatroom'> = (context) =>
    changeMember(context, (member, room) => {
      member.is_blocked = context.body.is_blocked;
      const done = member.is_blocked ? 'blocked' : 'unblocked';
      return `chatroom ${room.id_chatroom} ${done} successfully for ambassador ${member.id_ambassador}`;
    });

  // The vendor's body is required but its one field is not: an empty body archives.
  const archiveChatroom: H<'archiveChatroom'> = (context) =>
    changeMember(context, (member) => {
      member.archived = context.body.archive !== false;
      return member.archived ? 'Chatroom archived successfully' : 'Chatroom unarchived successfully';
    });

  const flagChatroom: H<'flagChatroom'> = (context) =>
    changeMember(context, (member) => {
      member.flag = context.body.flag;
      return member.flag === null ? null : 'Chatroom flagged successfully';
    });

  const purgeChatroom: H<'purgeChatroom'> = (context) =>
    store.write((current) => {
      const room = chatroomFor(current, context, context.path.chatroom);
      if (!room) return chatroomNotFound();
      const author = context.body.id_ambassador;
      if (!mayActAs(current, context, author)) return forbidden();
      if (!memberIn(room, author)) return ambassadorNotFound();
      const removed = new Set(current.messages.idsByAuthor(room.id_chatroom, author));
      for (const id of removed) current.messages.delete(id);
      room.last_message_date = current.messages.newest(room.id_chatroom)?.date_insert ?? null;
      for (const member of room.members)
        if (member.last_read_message !== null && removed.has(member.last_read_message)) member.last_read_message = null;
      current.chatrooms.save(room);
      return message(200, 'Chatroom purged successfully');
    });

  return {
    createChatroom,
    getChatroom,
    updateChatroom,
    markChatroomRead,
    blockChatroom,
    archiveChatroom,
    flagChatroom,
    purgeChatroom,
  };
}

// Chat rooms: create, read, the established-dialogue update, and each
// member's state (read marker, block, archive, flag), plus purge.
import type { Store } from '../../store/store.js';
import { ambassadorNotFound, chatroomNotFound, forbidden, message, unprocessable } from './answers.js';
import {
  type ChatroomRecord,
  chatroomOnWire,
  type MemberState,
  memberIn,
  messageOnWire,
  messagesOf,
  type PopsellState,
  popsellNow,
} from './records.js';
import { actingBrands, type Context, chatroomFor, type H } from './scope.js';

/** How PATCH /chat/chatrooms/{id} answers: the documented object, or the one-element array of the vendor's example. */
export type PopsellAnswerForm = 'object' | 'array';

// Clients (7) and temporary accounts (8) are external; everyone else is a member of the brand.
const isExternal = (status: number) => status === 7 || status === 8;

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

export function chatroomHandlers(store: Store<PopsellState>, answerForm: PopsellAnswerForm): Record<string, H> {
  const state = () => store.state;

  /** The chat room and the ambassador's state in it, or the 404 that says which is missing. */
  const memberOf = (context: Context) => {
    const room = chatroomFor(state(), context, context.path.chatroom);
    if (!room) return { missing: chatroomNotFound() };
    const member = memberIn(room, context.path.ambassador);
    return member ? { room, member } : { missing: ambassadorNotFound() };
  };

  /** A handler that changes the ambassador's state in the chat room and says what it did. */
  const memberAction =
    (change: (member: MemberState, body: Record<string, unknown>, room: ChatroomRecord) => string | null): H =>
    async (context) => {
      const found = memberOf(context);
      if (found.missing) return found.missing;
      const text = await store.mutate(() => change(found.member, context.body ?? {}, found.room));
      return message(200, text);
    };

  const createChatroom: H = async (context) => {
    const [brand] = actingBrands(context);
    const { body } = context;
    const inBrand = Object.values(state().ambassadors).filter((ambassador) => ambassador.brands.includes(brand!));
    let members: number[];
    if (body.ids_ambassadors) {
      members = [...new Set<number>(body.ids_ambassadors)];
      const known = members.every((id) => inBrand.some((ambassador) => ambassador.id_ambassador === id));
      if (members.length !== 2 || !known)
        return unprocessable([
          { field: 'ids_ambassadors', message: 'must name two different ambassadors of the brand' },
        ]);
    } else {
      members = inBrand
        .filter((ambassador) => ambassador.brand_tags.includes(body.id_brand_tag))
        .map((a) => a.id_ambassador);
      if (!members.length) return unprocessable([{ field: 'id_brand_tag', message: 'is invalid' }]);
    }
    const room = await store.mutate((current) => {
      const created: ChatroomRecord = {
        id_chatroom: current.nextId++,
        brand: brand!,
        members: members.map(newMember),
        date_insert: popsellNow(),
        last_message_date: null,
        type_chatroom: body.ids_ambassadors ? 0 : 7,
        type_discussion: discussionType(members.map((id) => current.ambassadors[id]!.status)),
        source: body.source,
        established_dialogue: null,
        last_rating: null,
        last_summary: null,
      };
      current.chatrooms[created.id_chatroom] = created;
      return created;
    });
    return { status: 201, body: chatroomOnWire(room, state()) };
  };

  const getChatroom: H = (context) => {
    const room = chatroomFor(state(), context, context.path.id);
    return room ? { status: 200, body: chatroomOnWire(room, state()) } : chatroomNotFound();
  };

  const updateChatroom: H = async (context) => {
    const room = chatroomFor(state(), context, context.path.id);
    if (!room) return chatroomNotFound();
    if (context.body && 'established_dialogue' in context.body) {
      await store.mutate(() => {
        room.established_dialogue = context.body.established_dialogue;
      });
    }
    const chatroom = chatroomOnWire(room, state());
    return { status: 200, body: answerForm === 'array' ? [chatroom] : chatroom };
  };

  const markChatroomRead: H = async (context) => {
    const found = memberOf(context);
    if (found.missing) return found.missing;
    const last = messagesOf(state(), found.room.id_chatroom)[0];
    if (!last) return message(404, 'The message does not exist');
    await store.mutate(() => {
      found.member.last_read_message = last.id_message;
    });
    return { status: 200, body: messageOnWire(last, state()) };
  };

  const blockChatroom = memberAction((member, body, room) => {
    member.is_blocked = body.is_blocked as boolean;
    const done = member.is_blocked ? 'blocked' : 'unblocked';
    return `chatroom ${room.id_chatroom} ${done} successfully for ambassador ${member.id_ambassador}`;
  });

  // The vendor's body is required but its one field is not: an empty body archives.
  const archiveChatroom = memberAction((member, body) => {
    member.archived = body.archive !== false;
    return member.archived ? 'Chatroom archived successfully' : 'Chatroom unarchived successfully';
  });

  const flagChatroom = memberAction((member, body) => {
    member.flag = body.flag as 1 | 2 | null;
    return member.flag === null ? null : 'Chatroom flagged successfully';
  });

  const purgeChatroom: H = async (context) => {
    const room = chatroomFor(state(), context, context.path.chatroom);
    if (!room) return chatroomNotFound();
    const author = context.body.id_ambassador;
    // A brand user's or a guest's token purges only its own messages.
    const own = context.principal!.id_ambassador;
    if (own !== undefined && own !== author) return forbidden();
    if (!memberIn(room, author)) return ambassadorNotFound();
    await store.mutate((current) => {
      const removed = new Set<number>();
      for (const purged of messagesOf(current, room.id_chatroom).filter((m) => m.id_author === author)) {
        removed.add(purged.id_message);
        delete current.messages[purged.id_message];
      }
      room.last_message_date = messagesOf(current, room.id_chatroom)[0]?.date_insert ?? null;
      for (const member of room.members)
        if (member.last_read_message !== null && removed.has(member.last_read_message)) member.last_read_message = null;
    });
    return message(200, 'Chatroom purged successfully');
  };

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

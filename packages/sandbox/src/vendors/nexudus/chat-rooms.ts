// ChatRoom: search and find by Ids, read, create, full-replace update, delete,
// and its commands.
import { randomUUID } from 'node:crypto';
import type { Handler } from '../../http/vendor.js';
import type { SchemaChecked } from '../../spec/schema-checked.js';
import type { Store } from '../../store/store.js';
import type { NexudusUser } from './accounts.js';
import { actionDone, notFound, validationFailed } from './answers.js';
import { type CommandSpec, commandHandlers } from './commands.js';
import { type ChatRoomRecord, fullChatRoom, listedChatRoom, type NexudusState, nexudusNow } from './records.js';
import { type SearchableEntity, sameTime, searchPage } from './search.js';

type H = Handler<NexudusUser>;

const unique = (ids: number[]) => [...new Set(ids)];

/** The fields a create or a PUT sets: what the body leaves out is cleared. */
function writableFields(body: Record<string, SchemaChecked>) {
  return {
    BusinessId: body.BusinessId as number,
    Name: body.Name ?? null,
    Active: body.Active ?? false,
    LastAgentVisit: body.LastAgentVisit ?? null,
    Users: unique(body.Users ?? []),
    SystemId: body.SystemId ?? null,
  };
}

const CHAT_ROOM: SearchableEntity<ChatRoomRecord> = {
  name: 'ChatRoom',
  listed: listedChatRoom,
  orderable: [
    'Id',
    'Business',
    'Name',
    'Active',
    'LastAgentVisit',
    'SystemId',
    'UniqueId',
    'CreatedOn',
    'UpdatedOn',
    'UpdatedBy',
  ],
  filters: {
    Id: (room, id) => room.Id === id,
    ChatRoom_Active: (room, active) => room.Active === active,
    ChatRoom_Business: (room, business) => room.BusinessId === business,
    ChatRoom_Name: (room, name) => room.Name === name,
    ChatRoom_Users: (room, user) => room.Users.includes(user),
    ChatRoom_LastAgentVisit: (room, time) => sameTime(room.LastAgentVisit, time),
  },
  ranges: {
    CreatedOn: (room) => room.CreatedOn,
    UpdatedOn: (room) => room.UpdatedOn,
    LastAgentVisit: (room) => room.LastAgentVisit,
  },
};

const CHAT_ROOM_COMMANDS: CommandSpec<ChatRoomRecord>[] = [
  {
    Key: 'ACTIVATE_CHATROOMS',
    Name: 'Activate chat rooms',
    AppliesOnlyToOneEntity: false,
    Order: 1,
    RequiresParameters: [],
    run: (rooms) => {
      for (const room of rooms) room.Active = true;
      return `${rooms.length} chat room(s) activated.`;
    },
  },
  {
    Key: 'DEACTIVATE_CHATROOMS',
    Name: 'Deactivate chat rooms',
    AppliesOnlyToOneEntity: false,
    Order: 2,
    RequiresParameters: [],
    run: (rooms) => {
      for (const room of rooms) room.Active = false;
      return `${rooms.length} chat room(s) deactivated.`;
    },
  },
  {
    Key: 'RECORD_AGENT_VISIT',
    Name: 'Record an agent visit now',
    AppliesOnlyToOneEntity: false,
    Order: 3,
    RequiresParameters: [],
    run: (rooms) => {
      const now = nexudusNow();
      for (const room of rooms) room.LastAgentVisit = now;
      return `Agent visit recorded on ${rooms.length} chat room(s).`;
    },
  },
  {
    Key: 'RENAME_CHATROOM',
    Name: 'Rename a chat room',
    AppliesOnlyToOneEntity: true,
    Order: 10,
    RequiresParameters: [{ Name: 'New name', Type: 'string' }],
    run: (rooms, [name]) => {
      rooms[0]!.Name = String(name);
      return `Chat room renamed to ${String(name)}.`;
    },
  },
];

export function chatRoomHandlers(store: Store<NexudusState>): Record<string, H> {
  const rooms = () => store.state.chatRooms;

  const searchChatRooms: H = ({ query }) => {
    const result = searchPage(CHAT_ROOM, Object.values(rooms()), query);
    return 'invalid' in result ? validationFailed(result.invalid) : { status: 200, body: result.page };
  };

  const getChatRoom: H = ({ path }) => {
    const room = rooms()[path.Id];
    return room ? { status: 200, body: fullChatRoom(room) } : notFound();
  };

  const createChatRoom: H = async ({ body, principal }) => {
    const now = nexudusNow();
    const id = await store.mutate((state) => {
      const room: ChatRoomRecord = {
        Id: state.nextId++,
        ...writableFields(body),
        UniqueId: randomUUID(),
        CreatedOn: now,
        UpdatedOn: now,
        UpdatedBy: principal!.email,
      };
      state.chatRooms[room.Id] = room;
      return room.Id;
    });
    return actionDone('ChatRoom was successfully created.', { Id: id }, principal!.email, now);
  };

  const updateChatRoom: H = async ({ body, principal }) => {
    if (!rooms()[body.Id]) return notFound();
    await store.mutate((state) => {
      const room = state.chatRooms[body.Id]!;
      const fields = writableFields(body);
      const removed = new Set<number>(body.RemovedUsers ?? []);
      fields.Users = unique([...fields.Users, ...(body.AddedUsers ?? [])]).filter((user) => !removed.has(user));
      Object.assign(room, fields, { UpdatedOn: nexudusNow(), UpdatedBy: principal!.email });
    });
    return actionDone('ChatRoom was successfully updated.', { Id: body.Id }, principal!.email);
  };

  const deleteChatRoom: H = async ({ path, principal }) => {
    if (!rooms()[path.Id]) return notFound();
    await store.mutate((state) => {
      delete state.chatRooms[path.Id];
    });
    return actionDone('The record was deleted successfully.', null, principal!.email);
  };

  return {
    searchChatRooms,
    getChatRoom,
    createChatRoom,
    updateChatRoom,
    deleteChatRoom,
    ...commandHandlers(store, {
      name: 'ChatRoom',
      records: (state) => state.chatRooms,
      commands: CHAT_ROOM_COMMANDS,
      operations: { list: 'listChatRoomCommands', run: 'runChatRoomCommand' },
    }),
  };
}

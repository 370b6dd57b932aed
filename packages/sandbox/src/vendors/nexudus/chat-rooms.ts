// ChatRoom: how its records are searched, read, written and commanded; the
// handlers themselves are the shared ones of entity.ts.
import type { Store } from '../../store/store.js';
import type { CommandSpec } from './commands.js';
import { entityHandlers, type NexudusEntity, unique } from './entity.js';
import { type ChatRoomRecord, listedChatRoom, nexudusNow } from './records.js';
import type { NexudusTables } from './tables.js';

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
  // The two commands of the vendor's example list, so that its runcommand example runs as written.
  // What they do is not documented: they only touch the records' UpdatedOn and UpdatedBy.
  {
    Key: 'COMMAND_KEY_1',
    Name: 'Command 1 english description',
    AppliesOnlyToOneEntity: false,
    Order: 2,
    RequiresParameters: [],
    run: (rooms) => `Command 1 ran on ${rooms.length} chat room(s).`,
  },
  {
    Key: 'COMMAND_KEY_2',
    Name: 'Command 2 english description',
    AppliesOnlyToOneEntity: true,
    Order: 10,
    RequiresParameters: [
      { Name: 'Parameter 1 description', Type: 'string' },
      { Name: 'Parameter 2 description', Type: 'Boolean' },
    ],
    run: (rooms) => `Command 2 ran on ${rooms.length} chat room(s).`,
  },
];

export const CHAT_ROOM: NexudusEntity<ChatRoomRecord, 'ChatRoom'> = {
  name: 'ChatRoom',
  table: 'chat_rooms',
  records: (tables) => tables.chatRooms,
  readExtra: { IsNew: false },
  writable: (body) => ({
    BusinessId: body.BusinessId,
    Name: body.Name ?? null,
    Active: body.Active ?? false,
    LastAgentVisit: body.LastAgentVisit ?? null,
    Users: unique(body.Users ?? []),
    SystemId: body.SystemId ?? null,
  }),
  deltas: { list: 'Users', added: 'AddedUsers', removed: 'RemovedUsers' },
  commands: CHAT_ROOM_COMMANDS,
  listed: listedChatRoom,
  // The listed properties, each orderable; a search record names the business `Business`.
  fields: {
    Id: { kind: 'integer', read: (room) => room.Id },
    Business: { kind: 'integer', read: (room) => room.BusinessId },
    Name: { kind: 'text', read: (room) => room.Name },
    Active: { kind: 'boolean', read: (room) => room.Active },
    LastAgentVisit: { kind: 'time', read: (room) => room.LastAgentVisit },
    SystemId: { kind: 'text', read: (room) => room.SystemId },
    UniqueId: { kind: 'text', read: (room) => room.UniqueId },
    CreatedOn: { kind: 'time', read: (room) => room.CreatedOn },
    UpdatedOn: { kind: 'time', read: (room) => room.UpdatedOn },
    UpdatedBy: { kind: 'text', read: (room) => room.UpdatedBy },
  },
  filters: {
    Id: 'Id',
    ChatRoom_Active: 'Active',
    ChatRoom_Business: 'Business',
    ChatRoom_Name: 'Name',
    ChatRoom_Users: { list: 'Users' },
    // A time filter matches to the minute, second or millisecond it is written to.
    ChatRoom_LastAgentVisit: 'LastAgentVisit',
  },
  ranges: ['CreatedOn', 'UpdatedOn', 'LastAgentVisit'],
  lists: { Users: (room) => room.Users },
};

export const chatRoomHandlers = (store: Store<NexudusTables>) => entityHandlers(store, CHAT_ROOM);

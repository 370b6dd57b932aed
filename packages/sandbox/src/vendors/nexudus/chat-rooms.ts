// ChatRoom: how its records are searched, read, written and commanded; the
// handlers themselves are the shared ones of entity.ts.
import type { Store } from '../../store/store.js';
import type { CommandSpec } from './commands.js';
import { entityHandlers, type NexudusEntity, unique } from './entity.js';
import { type ChatRoomRecord, fullChatRoom, listedChatRoom, type NexudusState, nexudusNow } from './records.js';
import { sameTime } from './search.js';

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

const CHAT_ROOM: NexudusEntity<ChatRoomRecord> = {
  name: 'ChatRoom',
  plural: 'ChatRooms',
  records: (state) => state.chatRooms,
  read: fullChatRoom,
  writable: (body) => ({
    BusinessId: body.BusinessId as number,
    Name: body.Name ?? null,
    Active: body.Active ?? false,
    LastAgentVisit: body.LastAgentVisit ?? null,
    Users: unique(body.Users ?? []),
    SystemId: body.SystemId ?? null,
  }),
  deltas: { list: 'Users', added: 'AddedUsers', removed: 'RemovedUsers' },
  commands: CHAT_ROOM_COMMANDS,
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

export const chatRoomHandlers = (store: Store<NexudusState>) => entityHandlers(store, CHAT_ROOM);

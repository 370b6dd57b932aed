// ChatUserMessage: how its records are searched, read, written and commanded;
// the handlers themselves are the shared ones of entity.ts.
import type { Store } from '../../store/store.js';
import type { CommandSpec } from './commands.js';
import { entityHandlers, type NexudusEntity, unique } from './entity.js';
import type { ChatUserMessageRecord } from './records.js';
import type { NexudusTables } from './tables.js';

const deliveredFlag = (Key: string, Name: string, Order: number, delivered: boolean) => ({
  Key,
  Name,
  AppliesOnlyToOneEntity: false,
  Order,
  RequiresParameters: [],
  run: (messages: ChatUserMessageRecord[]) => {
    for (const message of messages) message.Delievered = delivered;
    return `${messages.length} message(s) marked as ${delivered ? 'delivered' : 'not delivered'}.`;
  },
});

const CHAT_USER_MESSAGE_COMMANDS: CommandSpec<ChatUserMessageRecord>[] = [
  deliveredFlag('MARK_DELIVERED', 'Mark messages as delivered', 1, true),
  deliveredFlag('MARK_UNDELIVERED', 'Mark messages as not delivered', 2, false),
  {
    Key: 'ADD_RECIPIENT',
    Name: 'Add a recipient to messages',
    AppliesOnlyToOneEntity: false,
    Order: 3,
    RequiresParameters: [{ Name: 'User Id', Type: 'int' }],
    run: (messages, [user]) => {
      const id = Number(user);
      for (const message of messages) message.ToUsers = unique([...message.ToUsers, id]);
      return `User ${id} added to ${messages.length} message(s).`;
    },
  },
];

export const CHAT_USER_MESSAGE: NexudusEntity<ChatUserMessageRecord, 'ChatUserMessage'> = {
  name: 'ChatUserMessage',
  table: 'chat_user_messages',
  records: (tables) => tables.chatUserMessages,
  readExtra: { IsNew: false },
  writable: (body) => ({
    FromUserId: body.FromUserId,
    ToUsers: unique(body.ToUsers ?? []),
    ChatText: body.ChatText ?? null,
    Delievered: body.Delievered ?? false,
    SystemId: body.SystemId ?? null,
  }),
  deltas: { list: 'ToUsers', added: 'AddedToUsers', removed: 'RemovedToUsers' },
  commands: CHAT_USER_MESSAGE_COMMANDS,
  // Lists leave out the recipients, as the vendor's CLI reference says (quirk N33).
  listed: ({ ToUsers: _recipients, ...message }) => message,
  fields: {
    Id: { kind: 'integer', read: (message) => message.Id },
    FromUserId: { kind: 'integer', read: (message) => message.FromUserId },
    ChatText: { kind: 'text', read: (message) => message.ChatText },
    Delievered: { kind: 'boolean', read: (message) => message.Delievered },
    SystemId: { kind: 'text', read: (message) => message.SystemId },
    UniqueId: { kind: 'text', read: (message) => message.UniqueId },
    CreatedOn: { kind: 'time', read: (message) => message.CreatedOn },
    UpdatedOn: { kind: 'time', read: (message) => message.UpdatedOn },
    UpdatedBy: { kind: 'text', read: (message) => message.UpdatedBy },
  },
  // The sender's filter is named `FromUser`, not after the property `FromUserId`.
  filters: {
    ChatUserMessage_FromUser: 'FromUserId',
    ChatUserMessage_ChatText: 'ChatText',
    ChatUserMessage_Delievered: 'Delievered',
  },
  ranges: ['CreatedOn', 'UpdatedOn'],
  lists: {},
};

export const chatUserMessageHandlers = (store: Store<NexudusTables>) => entityHandlers(store, CHAT_USER_MESSAGE);

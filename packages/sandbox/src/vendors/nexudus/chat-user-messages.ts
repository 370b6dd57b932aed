// ChatUserMessage: how its records are searched, read, written and commanded;
// the handlers themselves are the shared ones of entity.ts.
import type { Store } from '../../store/store.js';
import type { CommandSpec } from './commands.js';
import { entityHandlers, type NexudusEntity, unique } from './entity.js';
import type { ChatUserMessageRecord, NexudusState } from './records.js';

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

const CHAT_USER_MESSAGE: NexudusEntity<ChatUserMessageRecord> = {
  name: 'ChatUserMessage',
  plural: 'ChatUserMessages',
  records: (state) => state.chatUserMessages,
  read: (message) => ({ ...message, IsNew: false }),
  writable: (body) => ({
    FromUserId: body.FromUserId as number,
    ToUsers: unique(body.ToUsers ?? []),
    ChatText: body.ChatText ?? null,
    Delievered: body.Delievered ?? false,
  }),
  deltas: { list: 'ToUsers', added: 'AddedToUsers', removed: 'RemovedToUsers' },
  commands: CHAT_USER_MESSAGE_COMMANDS,
  // Searches list the whole record, as a read by Id shows it, without `IsNew`.
  listed: (message) => ({ ...message }),
  orderable: [
    'Id',
    'FromUserId',
    'ChatText',
    'Delievered',
    'SystemId',
    'UniqueId',
    'CreatedOn',
    'UpdatedOn',
    'UpdatedBy',
  ],
  // The sender's filter is named `FromUser`, not after the property `FromUserId`.
  filters: {
    ChatUserMessage_FromUser: (message, user) => message.FromUserId === user,
    ChatUserMessage_ChatText: (message, text) => message.ChatText === text,
    ChatUserMessage_Delievered: (message, delivered) => message.Delievered === delivered,
  },
  ranges: { CreatedOn: (message) => message.CreatedOn, UpdatedOn: (message) => message.UpdatedOn },
};

export const chatUserMessageHandlers = (store: Store<NexudusState>) => entityHandlers(store, CHAT_USER_MESSAGE);

// ChatUserMessage: search and find by Ids, read, create, full-replace update,
// delete, and its commands.
import { randomUUID } from 'node:crypto';
import type { Handler } from '../../http/vendor.js';
import type { SchemaChecked } from '../../spec/schema-checked.js';
import type { Store } from '../../store/store.js';
import type { NexudusUser } from './accounts.js';
import { actionDone, notFound, validationFailed } from './answers.js';
import { type CommandSpec, commandHandlers } from './commands.js';
import { type ChatUserMessageRecord, type NexudusState, nexudusNow } from './records.js';
import { type SearchableEntity, searchPage } from './search.js';

type H = Handler<NexudusUser>;

const unique = (ids: number[]) => [...new Set(ids)];

/** The fields a create or a PUT sets: what the body leaves out is cleared. */
const writableFields = (body: Record<string, SchemaChecked>) => ({
  FromUserId: body.FromUserId as number,
  ToUsers: unique(body.ToUsers ?? []),
  ChatText: body.ChatText ?? null,
  Delievered: body.Delievered ?? false,
});

/** Searches list the whole record, as a read by Id shows it, without `IsNew`. */
const listed = (message: ChatUserMessageRecord) => ({ ...message });

const CHAT_USER_MESSAGE: SearchableEntity<ChatUserMessageRecord> = {
  name: 'ChatUserMessage',
  listed,
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

export function chatUserMessageHandlers(store: Store<NexudusState>): Record<string, H> {
  const messages = () => store.state.chatUserMessages;

  const searchChatUserMessages: H = ({ query }) => {
    const result = searchPage(CHAT_USER_MESSAGE, Object.values(messages()), query);
    return 'invalid' in result ? validationFailed(result.invalid) : { status: 200, body: result.page };
  };

  const getChatUserMessage: H = ({ path }) => {
    const message = messages()[path.Id];
    return message ? { status: 200, body: { ...message, IsNew: false } } : notFound();
  };

  const createChatUserMessage: H = async ({ body, principal }) => {
    const now = nexudusNow();
    const id = await store.mutate((state) => {
      const message: ChatUserMessageRecord = {
        Id: state.nextId++,
        ...writableFields(body),
        SystemId: null,
        UniqueId: randomUUID(),
        CreatedOn: now,
        UpdatedOn: now,
        UpdatedBy: principal!.email,
      };
      state.chatUserMessages[message.Id] = message;
      return message.Id;
    });
    return actionDone('ChatUserMessage was successfully created.', { Id: id }, principal!.email, now);
  };

  const updateChatUserMessage: H = async ({ body, principal }) => {
    if (!messages()[body.Id]) return notFound();
    await store.mutate((state) => {
      const fields = writableFields(body);
      const removed = new Set<number>(body.RemovedToUsers ?? []);
      fields.ToUsers = unique([...fields.ToUsers, ...(body.AddedToUsers ?? [])]).filter((user) => !removed.has(user));
      Object.assign(state.chatUserMessages[body.Id]!, fields, { UpdatedOn: nexudusNow(), UpdatedBy: principal!.email });
    });
    return actionDone('ChatUserMessage was successfully updated.', { Id: body.Id }, principal!.email);
  };

  const deleteChatUserMessage: H = async ({ path, principal }) => {
    if (!messages()[path.Id]) return notFound();
    await store.mutate((state) => {
      delete state.chatUserMessages[path.Id];
    });
    return actionDone('The record was deleted successfully.', null, principal!.email);
  };

  return {
    searchChatUserMessages,
    getChatUserMessage,
    createChatUserMessage,
    updateChatUserMessage,
    deleteChatUserMessage,
    ...commandHandlers(store, {
      name: 'ChatUserMessage',
      records: (state) => state.chatUserMessages,
      commands: CHAT_USER_MESSAGE_COMMANDS,
      operations: { list: 'listChatUserMessageCommands', run: 'runChatUserMessageCommand' },
    }),
  };
}

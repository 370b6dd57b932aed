// The Nexudus operations as the spec types them (src/generated/nexudus.ts),
// and which of them each entity has.
import type { operations } from '../../generated/nexudus.js';
import type { OperationContext, OperationHandler, OperationHandlers } from '../../http/typed.js';
import type { NexudusUser } from './accounts.js';

export type NexudusOperations = operations;
export type OperationId = keyof operations;
/** The handler of one operation (or of any of several alike), typed by the spec. */
export type H<Id extends OperationId> = OperationHandler<operations[Id], NexudusUser>;
export type Context<Id extends OperationId> = OperationContext<operations[Id], NexudusUser>;
/** Handlers for some of the operations. */
export type Handlers<Ids extends OperationId> = Pick<OperationHandlers<operations, NexudusUser>, Ids>;

/** What every entity can do, and the operationId that does it for ChatRoom and for ChatUserMessage. */
export const ENTITY_OPERATIONS = {
  ChatRoom: {
    search: 'searchChatRooms',
    get: 'getChatRoom',
    create: 'createChatRoom',
    update: 'updateChatRoom',
    delete: 'deleteChatRoom',
    listCommands: 'listChatRoomCommands',
    runCommand: 'runChatRoomCommand',
  },
  ChatUserMessage: {
    search: 'searchChatUserMessages',
    get: 'getChatUserMessage',
    create: 'createChatUserMessage',
    update: 'updateChatUserMessage',
    delete: 'deleteChatUserMessage',
    listCommands: 'listChatUserMessageCommands',
    runCommand: 'runChatUserMessageCommand',
  },
} as const satisfies Record<string, Record<string, OperationId>>;

export type EntityName = keyof typeof ENTITY_OPERATIONS;
export type Verb = keyof (typeof ENTITY_OPERATIONS)['ChatRoom'];
/** The operation of `verb` for any entity: the generic handlers are typed by all of them at once. */
export type AnyEntity<V extends Verb> = (typeof ENTITY_OPERATIONS)[EntityName][V];
/** Every operation of one entity. */
export type OperationsOf<Name extends EntityName> = (typeof ENTITY_OPERATIONS)[Name][Verb];

/** A record as the entity's search lists it, as the spec describes it. */
export type ListItem<Name extends EntityName> = NonNullable<
  operations[(typeof ENTITY_OPERATIONS)[Name]['search']]['responses'][200]['content']['application/json']['Records']
>[number];

// The rest of the chat domain, from the reference sheet
// (../shared/reference/chat-domain-facts.md): every operation the vendors'
// public docs show beyond the seeds, with what the sheet says of it, and
// the whole list of each vendor's chat operations. A fact the sheet marks
// [inferred] or [not found] must be flagged in the operation's description.
import { describe, expect, it } from 'vitest';
import { loadBundle } from './bundles.js';
import { describeOperations, type Fields, type OperationRow } from './operation-rows.js';

const query = (type: string) => ({ in: 'query', type });
const path = (type: string) => ({ in: 'path', type, required: true });

const CHAT_USER_MESSAGE: Fields = {
  Id: 'integer',
  FromUserId: 'integer',
  ToUsers: 'integer[]',
  ChatText: 'string',
  Delievered: 'boolean',
  CreatedOn: 'string',
  UpdatedOn: 'string',
  UpdatedBy: 'string',
  UniqueId: 'string',
  SystemId: 'string',
  IsNew: 'boolean',
};
const NEXUDUS_STATUSES = ['200', '401', '403'];
const nexudus = (row: Omit<OperationRow, 'api' | 'deprecated'>): OperationRow => ({
  api: 'nexudus',
  deprecated: true,
  ...row,
});

const NEXUDUS_ROWS: OperationRow[] = [
  nexudus({
    seed: 'facts A3 M1, M3',
    method: 'get',
    path: '/api/sys/chatusermessages',
    operationId: 'searchChatUserMessages',
    roles: ['ChatUserMessage-List'],
    statuses: [...NEXUDUS_STATUSES, '400'],
    parameters: {
      page: query('integer'),
      size: query('integer'),
      orderby: query('string'),
      dir: query('integer|string'),
      ChatUserMessage_Id: query('string'),
      ChatUserMessage_FromUser: query('integer'),
      ChatUserMessage_ChatText: query('string'),
      ChatUserMessage_Delievered: query('boolean'),
      from_ChatUserMessage_CreatedOn: query('string'),
      to_ChatUserMessage_CreatedOn: query('string'),
      from_ChatUserMessage_UpdatedOn: query('string'),
      to_ChatUserMessage_UpdatedOn: query('string'),
    },
    flags: ['inferred'],
  }),
  nexudus({
    seed: 'facts A3 M2',
    method: 'get',
    path: '/api/sys/chatusermessages/{Id}',
    operationId: 'getChatUserMessage',
    roles: ['ChatUserMessage-Read'],
    statuses: [...NEXUDUS_STATUSES, '404'],
    parameters: { Id: path('integer') },
    success: { fields: CHAT_USER_MESSAGE, required: ['Id', 'FromUserId'] },
  }),
  nexudus({
    seed: 'facts A3 M4',
    method: 'post',
    path: '/api/sys/chatusermessages',
    operationId: 'createChatUserMessage',
    roles: ['ChatUserMessage-Create'],
    statuses: [...NEXUDUS_STATUSES, '400'],
    body: {
      mediaType: 'application/json',
      fields: { FromUserId: 'integer', ToUsers: 'integer[]', ChatText: 'string', Delievered: 'boolean' },
      required: ['FromUserId'],
    },
  }),
  nexudus({
    seed: 'facts A3 M6',
    method: 'delete',
    path: '/api/sys/chatusermessages/{Id}',
    operationId: 'deleteChatUserMessage',
    roles: ['ChatUserMessage-Delete'],
    statuses: [...NEXUDUS_STATUSES, '404'],
    parameters: { Id: path('integer') },
    flags: ['inferred'],
  }),
  nexudus({
    seed: 'facts A3 M7',
    method: 'get',
    path: '/api/sys/chatusermessages/commands',
    operationId: 'listChatUserMessageCommands',
    roles: ['ChatUserMessage-List'],
    statuses: NEXUDUS_STATUSES,
    flags: ['inferred'],
  }),
  nexudus({
    seed: 'facts A3 M8',
    method: 'post',
    path: '/api/sys/chatusermessages/runcommand',
    operationId: 'runChatUserMessageCommand',
    roles: ['ChatUserMessage-Edit'],
    statuses: [...NEXUDUS_STATUSES, '400', '404'],
    body: { mediaType: 'application/json', fields: { Key: 'string', Ids: 'integer[]' }, required: ['Key'] },
    flags: ['inferred'],
  }),
];

describeOperations(NEXUDUS_ROWS);

/** Every operation of a bundle, and every variant (another use of one, such as find by Ids), by operationId. */
function chatOperations(api: string): string[] {
  const ids: string[] = [];
  for (const item of Object.values<Record<string, any>>(loadBundle(api, 'deref').paths)) {
    for (const operation of Object.values<any>(item)) {
      if (!operation?.operationId) continue;
      ids.push(operation.operationId);
      for (const variant of operation['x-operation-variants'] ?? []) ids.push(variant.operationId);
    }
  }
  return ids.sort();
}

describe('the whole chat domain', () => {
  it('Nexudus: 17 operations, the token endpoint and every ChatRoom and ChatUserMessage operation', () => {
    const entity = (name: string, plural: string) => [
      `search${plural}`,
      `find${plural}ByIds`,
      `get${name}`,
      `create${name}`,
      `update${name}`,
      `delete${name}`,
      `list${name}Commands`,
      `run${name}Command`,
    ];
    expect(chatOperations('nexudus')).toEqual(
      ['createToken', ...entity('ChatRoom', 'ChatRooms'), ...entity('ChatUserMessage', 'ChatUserMessages')].sort(),
    );
  });
});

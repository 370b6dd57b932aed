// The rest of the chat domain, from the reference sheet
// (../shared/reference/chat-domain-facts.md): every operation the vendors'
// public docs show beyond the seeds, with what the sheet says of it, and
// the whole list of each vendor's chat operations. A fact the sheet marks
// [inferred] or [not found] must be flagged in the operation's description.
import { describe, expect, it } from 'vitest';
import { operationsOf } from '../catalogue.js';
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
    statuses: [...NEXUDUS_STATUSES, '400', '500'],
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

const BRAND = { in: 'header', type: 'integer', required: true };
const POPSELL_ERRORS = ['401', '403', '404', '422'];
const popsell = (row: Omit<OperationRow, 'api' | 'deprecated' | 'roles'>): OperationRow => ({
  api: 'popsell',
  deprecated: false,
  roles: [],
  ...row,
});
const CHATROOM_MEMBER = { chatroom: path('integer'), ambassador: path('integer'), 'X-Popsell-Brand': BRAND };

const POPSELL_ROWS: OperationRow[] = [
  popsell({
    seed: 'facts B1.1 /auth/token',
    method: 'post',
    path: '/auth/token',
    operationId: 'createToken',
    statuses: ['200', '401', '422'],
    parameters: { 'X-Popsell-Domain': { in: 'header', type: 'string', required: true } },
    body: { mediaType: 'application/json', fields: { api_key: 'string' }, required: ['api_key'] },
    success: { fields: { token: 'string' }, required: ['token'] },
  }),
  popsell({
    seed: 'facts B1.1 /auth/brand',
    method: 'post',
    path: '/auth/brand',
    operationId: 'connectBrandUser',
    statuses: ['200', '401', '422'],
    parameters: { 'X-Popsell-Domain': { in: 'header', type: 'string', required: true } },
    body: {
      mediaType: 'application/json',
      fields: Object.fromEntries(
        [
          'email_tmp',
          'customer_id',
          'lang',
          'gender',
          'firstname',
          'lastname',
          'dob',
          'city',
          'country',
          'postcode',
          'image',
          'user_api_key',
        ].map((field) => [field, 'string']),
      ),
      required: ['email_tmp', 'firstname', 'user_api_key'],
    },
  }),
  popsell({
    seed: 'facts B3 P1',
    method: 'get',
    path: '/chat/ambassadors',
    operationId: 'listAmbassadors',
    statuses: ['200', '401', '403', '422'],
    parameters: {
      'X-Popsell-Brand': BRAND,
      sort: query('string'),
      'filter[brand_tag]': query('integer'),
      'filter[name]': query('string'),
      'filter[status]': query('string'),
      'filter[exclude]': query('string'),
      page: query('integer'),
      per_page: query('integer'),
    },
    flags: ['inferred', 'not found'],
  }),
  popsell({
    seed: 'facts B3 P2',
    method: 'patch',
    path: '/chat/ambassadors/{ambassador}',
    operationId: 'updateAmbassador',
    statuses: POPSELL_ERRORS.concat('200'),
    parameters: { ambassador: path('integer') },
    body: { mediaType: 'application/json', fields: { email_tmp: 'string' }, required: [] },
    flags: ['not found'],
  }),
  popsell({
    seed: 'facts B3 P3',
    method: 'post',
    path: '/chat/ambassadors/shop-customer',
    operationId: 'findOrCreateShopCustomer',
    statuses: ['200', '401', '403', '422'],
    parameters: { 'X-Popsell-Brand': BRAND },
    body: {
      mediaType: 'application/json',
      fields: { email_tmp: 'string', firstname: 'string', lastname: 'string' },
      required: ['email_tmp'],
    },
    flags: ['inferred'],
  }),
  popsell({
    seed: 'facts B3 P4',
    method: 'get',
    path: '/chat/ambassadors/{ambassador}/chatrooms',
    operationId: 'listAmbassadorChatrooms',
    statuses: POPSELL_ERRORS.concat('200'),
    parameters: {
      ambassador: path('integer'),
      'X-Popsell-Brand': BRAND,
      sort: query('string'),
      'filter[last_action_date_before]': query('string'),
      'filter[archived]': query('boolean'),
      'filter[commented]': query('string'),
      'filter[flag]': query('integer'),
      // The vendor types it string; it is typed as the integer field it filters (quirk P23).
      'filter[type_chatroom]': query('integer'),
    },
    flags: ['inferred'],
  }),
  popsell({
    seed: 'facts B3 P5',
    method: 'post',
    path: '/chat/chatrooms',
    operationId: 'createChatroom',
    statuses: ['201', '401', '403', '422'],
    parameters: { 'X-Popsell-Brand': BRAND },
  }),
  popsell({
    seed: 'facts B3 P6',
    method: 'get',
    path: '/chat/chatrooms/{id}',
    operationId: 'getChatroom',
    statuses: POPSELL_ERRORS.concat('200'),
    parameters: { id: path('integer'), 'X-Popsell-Brand': BRAND },
    flags: ['inferred'],
  }),
  popsell({
    seed: 'facts B3 P8',
    method: 'get',
    path: '/chat/chatrooms/{chatroom}/messages',
    operationId: 'listChatroomMessages',
    statuses: POPSELL_ERRORS.concat('200'),
    parameters: {
      chatroom: path('integer'),
      'X-Popsell-Brand': BRAND,
      sort: query('string'),
      'filter[sent_before]': query('string'),
      'filter[active]': query('boolean'),
      // The vendor types it string; it is typed as the integer field it filters (quirk P23).
      'filter[type_message]': query('integer'),
    },
    flags: ['inferred'],
  }),
  popsell({
    seed: 'facts B3 P9',
    method: 'post',
    path: '/chat/chatrooms/{chatroom}/messages',
    operationId: 'postChatroomMessage',
    statuses: POPSELL_ERRORS.concat('201'),
    parameters: { chatroom: path('integer') },
    body: {
      mediaType: 'application/json',
      fields: { id_ambassador: 'integer', content: 'string', type_message: 'integer' },
      required: ['id_ambassador', 'type_message'],
    },
    flags: ['inferred', 'not found'],
  }),
  popsell({
    seed: 'facts B3 P10',
    method: 'post',
    path: '/chat/chatrooms/{chatroom}/messages-product',
    operationId: 'postProductMessage',
    statuses: POPSELL_ERRORS.concat('201'),
    parameters: { chatroom: path('integer') },
    body: {
      mediaType: 'application/json',
      fields: { id_ambassador: 'integer', id_product: 'integer' },
      required: ['id_ambassador', 'id_product'],
    },
    flags: ['not found'],
  }),
  popsell({
    seed: 'facts B3 P11',
    method: 'post',
    path: '/chat/chatrooms/{chatroom}/ratings',
    operationId: 'rateChatroom',
    statuses: POPSELL_ERRORS.concat('201'),
    parameters: { chatroom: path('integer') },
    body: {
      mediaType: 'application/json',
      fields: { id_user_rated: 'integer', id_user_rater: 'integer' },
      required: ['id_user_rated', 'id_user_rater'],
    },
    flags: ['inferred', 'not found'],
  }),
  popsell({
    seed: 'facts B3 P12',
    method: 'post',
    path: '/chat/chatrooms/{chatroom}/ambassadors/{ambassador}/read',
    operationId: 'markChatroomRead',
    statuses: POPSELL_ERRORS.concat('200'),
    parameters: CHATROOM_MEMBER,
    flags: ['inferred'],
  }),
  popsell({
    seed: 'facts B3 P13',
    method: 'patch',
    path: '/chat/chatrooms/{chatroom}/ambassadors/{ambassador}/block',
    operationId: 'blockChatroom',
    statuses: POPSELL_ERRORS.concat('200'),
    parameters: CHATROOM_MEMBER,
    body: { mediaType: 'application/json', fields: { is_blocked: 'boolean' }, required: ['is_blocked'] },
    flags: ['inferred'],
  }),
  popsell({
    seed: 'facts B3 P14',
    method: 'patch',
    path: '/chat/chatrooms/{chatroom}/ambassadors/{ambassador}/archive',
    operationId: 'archiveChatroom',
    statuses: POPSELL_ERRORS.concat('200'),
    parameters: CHATROOM_MEMBER,
    body: { mediaType: 'application/json', fields: { archive: 'boolean' }, required: [] },
    flags: ['inferred'],
  }),
  popsell({
    seed: 'facts B3 P15',
    method: 'patch',
    path: '/chat/chatrooms/{chatroom}/ambassadors/{ambassador}/flag',
    operationId: 'flagChatroom',
    statuses: POPSELL_ERRORS.concat('200'),
    parameters: CHATROOM_MEMBER,
    body: { mediaType: 'application/json', fields: { flag: 'integer' }, required: ['flag'] },
    flags: ['inferred'],
  }),
  popsell({
    seed: 'facts B3 P16',
    method: 'patch',
    path: '/chat/chatrooms/{chatroom}/purge',
    operationId: 'purgeChatroom',
    statuses: POPSELL_ERRORS.concat('200'),
    parameters: { chatroom: path('integer') },
    body: { mediaType: 'application/json', fields: { id_ambassador: 'integer' }, required: ['id_ambassador'] },
    flags: ['inferred', 'not found'],
  }),
  popsell({
    seed: 'facts B3 P17',
    method: 'post',
    path: '/chat/web-push/new-chat-message/{id_message}/ambassador/{id_ambassador}',
    operationId: 'notifyNewChatMessage',
    statuses: POPSELL_ERRORS.concat('200'),
    parameters: { id_message: path('string'), id_ambassador: path('string'), 'X-Popsell-Brand': BRAND },
    success: { fields: { success: 'boolean' }, required: ['success'] },
    flags: ['inferred'],
  }),
];

describeOperations(POPSELL_ROWS);

describe('Popsell routes the vendor lists without the brand header', () => {
  const bundle = loadBundle('popsell', 'deref');
  it.each([
    ['patch', '/chat/ambassadors/{ambassador}'],
    ['post', '/chat/chatrooms/{chatroom}/messages'],
    ['post', '/chat/chatrooms/{chatroom}/messages-product'],
    ['post', '/chat/chatrooms/{chatroom}/ratings'],
    ['patch', '/chat/chatrooms/{chatroom}/purge'],
  ])('%s %s declares no X-Popsell-Brand and says why', (method, route) => {
    const operation = bundle.paths[route][method];
    expect((operation.parameters ?? []).map((parameter: { name: string }) => parameter.name)).not.toContain(
      'X-Popsell-Brand',
    );
    expect(operation.description).toContain('`X-Popsell-Brand`');
  });
});

/** Every operation of a bundle, and every variant (another use of one, such as find by Ids), by operationId. */
function chatOperations(api: string): string[] {
  const ids: string[] = [];
  for (const { operationId, variants } of operationsOf(loadBundle(api, 'deref'))) {
    ids.push(operationId);
    for (const variant of variants) ids.push(variant.operationId as string);
  }
  return ids.sort();
}

// At least the domain: an operation the vendor documents later may be added
// with its spec file alone, so these check inclusion, not an exact list.
describe('the whole chat domain', () => {
  it('Nexudus: the token endpoint and every ChatRoom and ChatUserMessage operation', () => {
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
      expect.arrayContaining([
        'createToken',
        ...entity('ChatRoom', 'ChatRooms'),
        ...entity('ChatUserMessage', 'ChatUserMessages'),
      ]),
    );
  });

  it('Popsell: the two auth routes and P1 to P17 of the chat group', () => {
    expect(chatOperations('popsell')).toEqual(
      expect.arrayContaining([...POPSELL_ROWS.map((row) => row.operationId), 'updateChatroom']),
    );
  });
});

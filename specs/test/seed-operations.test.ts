// Every operation, field, type, required flag, role and status code of the seed
// documents (../shared/seeds), written down once here and checked against the
// published bundles. A row names the seed it comes from.
import { describe, expect, it } from 'vitest';
import { loadBundle } from './bundles.js';
import { describeOperations, type Fields, type OperationRow } from './operation-rows.js';
import { isNullable, objectShape, typeName } from './schema-shape.js';

const ACTION_RESULT: Fields = {
  Status: 'integer',
  Message: 'string',
  Value: 'object',
  WasSuccessful: 'boolean',
  Errors: 'object[]',
  OpenInDialog: 'boolean',
  OpenInWindow: 'boolean',
  RedirectURL: 'string',
  JavaScript: 'string',
  UpdatedOn: 'string',
  UpdatedBy: 'string',
};
const LIST_PAGE: Fields = {
  Records: 'object[]',
  CurrentPageSize: 'integer',
  CurrentPage: 'integer',
  CurrentOrderField: 'string',
  CurrentSortDirection: 'integer',
  FirstItem: 'integer',
  HasNextPage: 'boolean',
  HasPreviousPage: 'boolean',
  LastItem: 'integer',
  PageNumber: 'integer',
  PageSize: 'integer',
  TotalItems: 'integer',
  TotalPages: 'integer',
};
const query = (type: string) => ({ in: 'query', type });
const CHATROOM_CREATE: Fields = {
  BusinessId: 'integer',
  Name: 'string',
  Active: 'boolean',
  LastAgentVisit: 'string',
  Users: 'integer[]',
};

const SEED_OPERATIONS: OperationRow[] = [
  {
    seed: '004 Find a ChatRoom / Find ChatRooms by IDs',
    api: 'nexudus',
    method: 'get',
    path: '/api/support/chatrooms',
    operationId: 'searchChatRooms',
    roles: ['ChatRoom-List'],
    deprecated: true,
    statuses: ['200', '400', '401', '403'],
    parameters: {
      page: query('integer'),
      size: query('integer'),
      orderby: query('string'),
      dir: query('integer|string'),
      Id: query('integer|string'),
      ChatRoom_Id: query('string'),
      ChatRoom_Active: query('boolean'),
      ChatRoom_Business: query('integer'),
      ChatRoom_LastAgentVisit: query('string'),
      ChatRoom_Name: query('string'),
      ChatRoom_Users: query('integer|string'),
      To_ChatRoom_CreatedOn: query('string'),
      From_ChatRoom_CreatedOn: query('string'),
      To_ChatRoom_UpdatedOn: query('string'),
      From_ChatRoom_UpdatedOn: query('string'),
      To_ChatRoom_LastAgentVisit: query('string'),
      From_ChatRoom_LastAgentVisit: query('string'),
    },
    success: { fields: LIST_PAGE, required: ['Records', 'CurrentPage', 'TotalItems', 'TotalPages', 'HasNextPage'] },
  },
  {
    seed: '004 Get single ChatRoom by Id',
    api: 'nexudus',
    method: 'get',
    path: '/api/support/chatrooms/{Id}',
    operationId: 'getChatRoom',
    roles: ['ChatRoom-Read'],
    deprecated: true,
    statuses: ['200', '401', '403', '404'],
    parameters: { Id: { in: 'path', type: 'integer', required: true } },
    success: {
      fields: {
        Id: 'integer',
        Active: 'boolean',
        BusinessId: 'integer',
        LastAgentVisit: 'string',
        Name: 'string',
        CreatedOn: 'string',
        UpdatedOn: 'string',
        UpdatedBy: 'string',
        UniqueId: 'string',
        SystemId: 'string',
      },
      required: ['Id', 'BusinessId', 'UniqueId'],
    },
  },
  {
    seed: '002 Create ChatRoom; 004 Create new ChatRoom',
    api: 'nexudus',
    method: 'post',
    path: '/api/support/chatrooms',
    operationId: 'createChatRoom',
    roles: ['ChatRoom-Create'],
    deprecated: true,
    statuses: ['200', '400', '401', '403', '500'],
    body: { mediaType: 'application/json', fields: CHATROOM_CREATE, required: ['BusinessId'] },
    success: { fields: ACTION_RESULT, required: ['Message', 'Value', 'WasSuccessful'] },
  },
  {
    seed: '000 PUT chatrooms; 004 Update ChatRoom',
    api: 'nexudus',
    method: 'put',
    path: '/api/support/chatrooms',
    operationId: 'updateChatRoom',
    roles: ['ChatRoom-Edit'],
    deprecated: true,
    statuses: ['200', '400', '401', '403', '404', '500'],
    body: {
      mediaType: 'application/json',
      fields: { Id: 'integer', ...CHATROOM_CREATE, AddedUsers: 'integer[]', RemovedUsers: 'integer[]' },
      required: ['Id', 'BusinessId'],
    },
    success: { fields: ACTION_RESULT },
  },
  {
    seed: '004 Delete ChatRoom',
    api: 'nexudus',
    method: 'delete',
    path: '/api/support/chatrooms/{Id}',
    operationId: 'deleteChatRoom',
    roles: ['ChatRoom-Delete'],
    deprecated: true,
    statuses: ['200', '401', '403', '404'],
    parameters: { Id: { in: 'path', type: 'integer', required: true } },
    success: { fields: ACTION_RESULT },
  },
  {
    seed: '004 Get Commands',
    api: 'nexudus',
    method: 'get',
    path: '/api/support/chatrooms/commands',
    operationId: 'listChatRoomCommands',
    roles: ['ChatRoom-List'],
    deprecated: true,
    statuses: ['200', '401', '403'],
  },
  {
    seed: '004 Run Command',
    api: 'nexudus',
    method: 'post',
    path: '/api/support/chatrooms/runcommand',
    operationId: 'runChatRoomCommand',
    roles: ['ChatRoom-Edit'],
    deprecated: true,
    statuses: ['200', '400', '401', '403', '404'],
    body: {
      mediaType: 'application/json',
      fields: { Ids: 'integer[]', Parameters: 'object[]', Key: 'string' },
      required: ['Key'],
    },
    success: { fields: ACTION_RESULT },
  },
  {
    seed: '001 Update ChatUserMessage',
    api: 'nexudus',
    method: 'put',
    path: '/api/sys/chatusermessages',
    operationId: 'updateChatUserMessage',
    roles: ['ChatUserMessage-Edit'],
    deprecated: true,
    statuses: ['200', '400', '401', '403', '404', '500'],
    body: {
      mediaType: 'application/json',
      fields: {
        Id: 'integer',
        FromUserId: 'integer',
        ToUsers: 'integer[]',
        AddedToUsers: 'integer[]',
        RemovedToUsers: 'integer[]',
        ChatText: 'string',
        Delievered: 'boolean',
      },
      required: ['Id', 'FromUserId'],
    },
    success: { fields: ACTION_RESULT },
  },
  {
    seed: 'chat-domain-facts A1.1 (needed by every other operation)',
    api: 'nexudus',
    method: 'post',
    path: '/api/token',
    operationId: 'createToken',
    roles: [],
    deprecated: false,
    statuses: ['200', '400'],
    success: {
      fields: { access_token: 'string', token_type: 'string', expires_in: 'integer', refresh_token: 'string' },
      required: ['access_token', 'token_type', 'expires_in'],
    },
  },
  {
    seed: '003 Update a chatroom by id',
    api: 'popsell',
    method: 'patch',
    path: '/chat/chatrooms/{id}',
    operationId: 'updateChatroom',
    roles: [],
    deprecated: false,
    statuses: ['200', '401', '403', '404', '422'],
    parameters: {
      'X-Popsell-Brand': { in: 'header', type: 'integer', required: true },
      id: { in: 'path', type: 'integer', required: true },
    },
    body: { mediaType: 'application/json', fields: { established_dialogue: 'string' }, required: [] },
  },
];

describeOperations(SEED_OPERATIONS);

describe('shared shapes from the seeds', () => {
  const nexudus = loadBundle('nexudus', 'deref');
  const popsell = loadBundle('popsell', 'deref');

  it('a search record carries the fields of seed 004', () => {
    const page = objectShape(
      nexudus.paths['/api/support/chatrooms'].get.responses['200'].content['application/json'].schema,
    );
    const record = objectShape(page.properties.Records.items);
    expect(Object.keys(record.properties)).toEqual(
      expect.arrayContaining([
        'Id',
        'Business',
        'Name',
        'Active',
        'LastAgentVisit',
        'CreatedOn',
        'UpdatedOn',
        'UpdatedBy',
        'UniqueId',
        'SystemId',
      ]),
    );
    expect(isNullable(record.properties.LastAgentVisit)).toBe(true);
  });

  it('a Nexudus validation failure lists {AttemptedValue, Message, PropertyName} errors', () => {
    for (const status of ['400', '500']) {
      const schema = nexudus.paths['/api/support/chatrooms'].post.responses[status].content['application/json'].schema;
      const error = objectShape(objectShape(schema).properties.Errors.items);
      expect(Object.keys(error.properties).sort()).toEqual(['AttemptedValue', 'Message', 'PropertyName']);
    }
  });

  it('the commands list and the run-command body carry the fields of seed 004', () => {
    const command = objectShape(
      nexudus.paths['/api/support/chatrooms/commands'].get.responses['200'].content['application/json'].schema.items,
    );
    expect(Object.keys(command.properties).sort()).toEqual(
      [
        'Key',
        'Name',
        'AppliesOnlyToMultipleEntities',
        'DisplayInDropdown',
        'DisplayInDropdownV2',
        'AppliesOnlyToOneEntity',
        'AppliesOnlyToTwoEntities',
        'DisplayInGrid',
        'NeedsEntitiesToRun',
        'Order',
        'RequiresParameters',
      ].sort(),
    );
    expect(Object.keys(objectShape(command.properties.RequiresParameters.items).properties).sort()).toEqual([
      'Name',
      'Type',
    ]);
    const run = objectShape(
      nexudus.paths['/api/support/chatrooms/runcommand'].post.requestBody.content['application/json'].schema,
    );
    expect(Object.keys(objectShape(run.properties.Parameters.items).properties).sort()).toEqual(['Type', 'Value']);
  });

  it('the token request is form-encoded with the password grant', () => {
    const content = nexudus.paths['/api/token'].post.requestBody.content;
    expect(Object.keys(content)).toEqual(['application/x-www-form-urlencoded']);
    const grants = content['application/x-www-form-urlencoded'].schema.oneOf.map(
      (grant: any) => grant.properties.grant_type.const,
    );
    expect(grants).toEqual(['password', 'refresh_token']);
    expect(nexudus.paths['/api/token'].post.security).toEqual([]);
  });

  it('Nexudus declares OAuth2 password flow, bearer and Basic; Popsell bearer', () => {
    const schemes = nexudus.components.securitySchemes;
    expect(schemes.nexudusOAuth.flows.password.tokenUrl).toBe('https://spaces.nexudus.com/api/token');
    expect(schemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(schemes.basicAuth).toMatchObject({ type: 'http', scheme: 'basic' });
    expect(nexudus.security).toEqual([{ nexudusOAuth: [] }, { bearerAuth: [] }, { basicAuth: [] }]);
    expect(popsell.components.securitySchemes.popsellBearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(popsell.security).toEqual([{ popsellBearer: [] }]);
  });

  it("the servers are the vendors' own", () => {
    expect(nexudus.servers[0].url).toBe('https://spaces.nexudus.com');
    expect(popsell.servers[0].url).toBe('https://{domain}/api/v2');
    expect(popsell.servers[0].variables.domain.default).toBeTruthy();
  });

  it('a Popsell chatroom, its ambassadors and their pivot carry every field of seed 003', () => {
    const schema = popsell.paths['/chat/chatrooms/{id}'].patch.responses['200'].content['application/json'].schema;
    const [asObject, asArray] = schema.oneOf;
    expect(asArray.items).toEqual(asObject);
    const chatroom = objectShape(asObject);
    const expected: Fields = {
      id_chatroom: 'integer',
      ambassadors: 'object[]',
      date_insert: 'string',
      last_message_date: 'string',
      type_chatroom: 'integer',
      type_discussion: 'integer',
      source: 'integer|string',
      established_dialogue: 'string',
      last_rating: 'object',
      last_summary: 'object',
    };
    for (const [field, type] of Object.entries(expected))
      expect(typeName(chatroom.properties[field]), field).toBe(type);
    const ambassador = objectShape(chatroom.properties.ambassadors.items);
    expect(Object.keys(ambassador.properties).sort()).toEqual(
      [
        'id_ambassador',
        'image',
        'firstname',
        'lastname',
        'username',
        'email',
        'email_tmp',
        'active',
        'status',
        'online',
        'last_action_date',
        'customer_id',
        'anonymized',
        'chatroom_pivot_data',
      ].sort(),
    );
    const pivot = objectShape(ambassador.properties.chatroom_pivot_data.items);
    expect(Object.keys(pivot.properties).sort()).toEqual([
      'archived',
      'id_ambassador',
      'id_chatroom',
      'is_blocked',
      'last_read_message',
    ]);
    expect(Object.keys(chatroom.properties.last_rating.properties).sort()).toEqual(['comment', 'value']);
    expect(Object.keys(chatroom.properties.last_summary.properties).sort()).toEqual([
      'anomaly',
      'date_insert',
      'summary',
      'topic',
    ]);
    expect(chatroom.properties.last_rating.additionalProperties).toBe(true);
  });

  it('Popsell 401 is {message} and 422 is {message, errors: {field: [..]}}', () => {
    const responses = popsell.paths['/chat/chatrooms/{id}'].patch.responses;
    expect(objectShape(responses['401'].content['application/json'].schema).required).toEqual(['message']);
    const invalid = objectShape(responses['422'].content['application/json'].schema);
    expect(invalid.required.sort()).toEqual(['errors', 'message']);
    expect(typeName(invalid.properties.errors.properties.field)).toBe('string[]');
    expect(typeName(invalid.properties.errors.additionalProperties)).toBe('string[]');
  });
});

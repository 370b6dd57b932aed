// The Popsell sandbox's tables, bound to one connection, with the queries its
// lists, filters and lookups need; and how a whole state (the demo seed, or a
// JSON data file of sandbox 0.1 or 0.2) is written into a new database.
import { createAjv } from '../../spec/ajv.js';
import type { StoreDefinition } from '../../store/data-file.js';
import type { Connection } from '../../store/database.js';
import {
  type DocumentTable,
  documentTable,
  sequence,
  sqlValue,
  statementCache,
  totalOf,
} from '../../store/document-table.js';
import { orderKey } from '../../store/order-key.js';
import {
  type AmbassadorRecord,
  type ChatroomRecord,
  type IssuedToken,
  type MessageRecord,
  type PopsellState,
  popsellTime,
} from './records.js';
import { POPSELL_SCHEMA } from './schema.js';
import { upgradeState } from './upgrade.js';

/** One page of a list: how many to skip, how many to take. */
export interface Window {
  offset: number;
  limit: number;
}

export interface Found<R> {
  records: R[];
  total: number;
}

export interface AmbassadorFilter {
  brandTag?: number;
  statuses?: number[];
  excluded?: number[];
  /** A part of the first name, last name or user name, in any case. */
  name?: string;
  mostRecentFirst?: boolean;
}

export interface ChatroomFilter {
  archived?: boolean;
  flag?: number;
  typeChatroom?: number;
  commented?: boolean;
  /** Milliseconds: only chat rooms whose last message is older. */
  lastMessageBefore?: number;
}

export interface MessageFilter {
  sentBefore?: number;
  active?: boolean;
  typeMessage?: number;
}

export interface PopsellTables {
  ambassadors: DocumentTable<AmbassadorRecord> & {
    ofBrand(brand: number, filter: AmbassadorFilter, window: Window): Found<AmbassadorRecord>;
    /** The ambassador of the brand with this collected email. */
    byEmailTmp(brand: number, email: string): AmbassadorRecord | undefined;
    /** Ids of the brand's ambassadors with this brand tag. */
    tagged(brand: number, tag: number): number[];
    /** Whether every one of these ambassadors is in the brand. */
    allInBrand(brand: number, ids: number[]): boolean;
  };
  chatrooms: DocumentTable<ChatroomRecord> & {
    /** The brand's chat rooms that any of these accounts is in, filtered on the first one's member state. */
    ofAccounts(brand: number, accounts: number[], filter: ChatroomFilter, window: Window): Found<ChatroomRecord>;
  };
  messages: DocumentTable<MessageRecord> & {
    newest(chatroom: number): MessageRecord | undefined;
    ofChatroom(chatroom: number, filter: MessageFilter, window: Window): Found<MessageRecord>;
    idsByAuthor(chatroom: number, author: number): number[];
    /** Whether someone other than `author` has written in the chat room. */
    otherAuthor(chatroom: number, author: number): boolean;
  };
  tokens: { get(token: string): IssuedToken | undefined; add(token: string, issued: IssuedToken): void };
  webPushes: { add(push: PopsellState['webPushes'][number]): void };
  nextId(): number;
}

const milliseconds = (time: string | null) => (time === null ? null : popsellTime(time));
const json = (values: number[] | undefined) => JSON.stringify(values ?? []);

/** A filtered query: its conditions with their values, only those the filter uses. */
function conditions(parts: [used: boolean, sql: string, ...values: unknown[]][]) {
  const used = parts.filter(([isUsed]) => isUsed);
  return {
    sql: used.map(([, sql]) => ` AND ${sql}`).join(''),
    values: used.flatMap(([, , ...values]) => values.map(sqlValue)),
  };
}

/**
 * One page of a list query (`from` is its FROM and WHERE, `record` the column that holds each
 * record), and how many records match in all.
 */
function listed<R>(
  prepared: ReturnType<typeof statementCache>,
  query: { record: string; from: string; order: string; values: unknown[] },
  window: Window,
): Found<R> {
  const { record, from, order, values } = query;
  const texts = prepared(`SELECT ${record} ${from} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
    ...values,
    window.limit,
    window.offset,
  ) as string[];
  const total = totalOf(texts.length, window, () => prepared(`SELECT count(*) ${from}`).get(...values) as number);
  return { records: texts.map((text) => JSON.parse(text) as R), total };
}

function ambassadorTable(db: Connection): PopsellTables['ambassadors'] {
  const table = documentTable<AmbassadorRecord>(db, {
    table: 'ambassadors',
    key: 'id_ambassador',
    keyOf: (ambassador) => ambassador.id_ambassador,
    columns: {
      status: (ambassador) => ambassador.status,
      email_tmp: (ambassador) => ambassador.email_tmp,
      last_action: (ambassador) => milliseconds(ambassador.last_action_date),
    },
    sides: {
      ambassadors_brands: { columns: ['value'], rows: (ambassador) => ambassador.brands.map((brand) => [brand]) },
      ambassadors_brand_tags: { columns: ['value'], rows: (ambassador) => ambassador.brand_tags.map((tag) => [tag]) },
    },
  });
  const byEmail = db
    .prepare(
      `SELECT a.record FROM ambassadors a JOIN ambassadors_brands b ON b.owner = a.id_ambassador
       WHERE a.email_tmp = ? AND b.value = ? ORDER BY a.id_ambassador LIMIT 1`,
    )
    .pluck();
  const tagged = db
    .prepare(
      `SELECT t.owner FROM ambassadors_brand_tags t JOIN ambassadors_brands b ON b.owner = t.owner AND b.value = ?
       WHERE t.value = ? ORDER BY t.owner`,
    )
    .pluck();
  const inBrand = db
    .prepare('SELECT count(*) FROM ambassadors_brands WHERE value = ? AND owner IN (SELECT value FROM json_each(?))')
    .pluck();
  const prepared = statementCache(db);
  const list = (filter: AmbassadorFilter) => {
    const where = conditions([
      [
        filter.brandTag !== undefined,
        'a.id_ambassador IN (SELECT owner FROM ambassadors_brand_tags WHERE value = ?)',
        filter.brandTag,
      ],
      [filter.statuses !== undefined, 'a.status IN (SELECT value FROM json_each(?))', json(filter.statuses)],
      [filter.excluded !== undefined, 'a.id_ambassador NOT IN (SELECT value FROM json_each(?))', json(filter.excluded)],
      [
        filter.name !== undefined,
        `(folded_contains(a.record ->> '$.firstname', ?1) OR folded_contains(a.record ->> '$.lastname', ?1)
          OR folded_contains(a.record ->> '$.username', ?1))`.replaceAll('?1', '?'),
        filter.name,
        filter.name,
        filter.name,
      ],
    ]);
    const from = `FROM ambassadors_brands b JOIN ambassadors a ON a.id_ambassador = b.owner WHERE b.value = ?${where.sql}`;
    const order = filter.mostRecentFirst
      ? 'a.last_action IS NULL, a.last_action DESC, a.id_ambassador'
      : 'a.id_ambassador';
    return { from, order, values: where.values };
  };
  return {
    ...table,
    ofBrand(brand, filter, window) {
      const { from, order, values } = list(filter);
      return listed<AmbassadorRecord>(
        prepared,
        { record: 'a.record', from, order, values: [brand, ...values] },
        window,
      );
    },
    byEmailTmp(brand, email) {
      const text = byEmail.get(email, brand) as string | undefined;
      return text === undefined ? undefined : (JSON.parse(text) as AmbassadorRecord);
    },
    tagged: (brand, tag) => tagged.all(brand, tag) as number[],
    allInBrand: (brand, ids) => inBrand.get(brand, JSON.stringify(ids)) === new Set(ids).size,
  };
}

function chatroomTable(db: Connection): PopsellTables['chatrooms'] {
  const table = documentTable<ChatroomRecord>(db, {
    table: 'chatrooms',
    key: 'id_chatroom',
    keyOf: (room) => room.id_chatroom,
    columns: {
      brand: (room) => room.brand,
      type_chatroom: (room) => room.type_chatroom,
      commented: (room) => Boolean(room.last_rating?.comment),
      last_message: (room) => milliseconds(room.last_message_date),
    },
    sides: {
      chatrooms_members: {
        columns: ['id_ambassador', 'position', 'archived', 'flag'],
        rows: (room) =>
          room.members.map((member, position) => [member.id_ambassador, position, member.archived, member.flag]),
      },
    },
  });
  // The member state a filter reads is that of the first of the accounts in the chat room.
  const own = (column: string) =>
    `(SELECT m.${column} FROM chatrooms_members m WHERE m.owner = c.id_chatroom
      AND m.id_ambassador IN (SELECT value FROM json_each(?)) ORDER BY m.position LIMIT 1)`;
  const prepared = statementCache(db);
  return {
    ...table,
    ofAccounts(brand, accounts, filter, window) {
      const members = JSON.stringify(accounts);
      const where = conditions([
        [filter.archived !== undefined, `${own('archived')} = ?`, members, filter.archived],
        [filter.flag !== undefined, `${own('flag')} = ?`, members, filter.flag],
        [filter.typeChatroom !== undefined, 'c.type_chatroom = ?', filter.typeChatroom],
        [filter.commented !== undefined, 'c.commented = ?', filter.commented],
        [filter.lastMessageBefore !== undefined, 'c.last_message < ?', filter.lastMessageBefore],
      ]);
      const from = `FROM chatrooms c WHERE c.brand = ? AND c.id_chatroom IN
        (SELECT owner FROM chatrooms_members WHERE id_ambassador IN (SELECT value FROM json_each(?)))${where.sql}`;
      return listed<ChatroomRecord>(
        prepared,
        {
          record: 'c.record',
          from,
          order: 'c.last_message IS NULL, c.last_message DESC, c.id_chatroom',
          values: [brand, members, ...where.values],
        },
        window,
      );
    },
  };
}

function messageTable(db: Connection): PopsellTables['messages'] {
  const table = documentTable<MessageRecord>(db, {
    table: 'messages',
    key: 'id_message',
    keyOf: (message) => message.id_message,
    columns: {
      id_chatroom: (message) => message.id_chatroom,
      id_author: (message) => message.id_author,
      date_order: (message) => orderKey(message.date_insert),
      sent: (message) => milliseconds(message.date_insert),
      type_message: (message) => message.type_message,
      status_moderation: (message) => message.status_moderation,
    },
  });
  const newest = db
    .prepare('SELECT record FROM messages WHERE id_chatroom = ? ORDER BY date_order DESC, id_message DESC LIMIT 1')
    .pluck();
  const byAuthor = db.prepare('SELECT id_message FROM messages WHERE id_chatroom = ? AND id_author = ?').pluck();
  const other = db.prepare('SELECT 1 FROM messages WHERE id_chatroom = ? AND id_author <> ? LIMIT 1').pluck();
  const prepared = statementCache(db);
  return {
    ...table,
    newest(chatroom) {
      const text = newest.get(chatroom) as string | undefined;
      return text === undefined ? undefined : (JSON.parse(text) as MessageRecord);
    },
    ofChatroom(chatroom, filter, window) {
      const where = conditions([
        [filter.sentBefore !== undefined, 'sent < ?', filter.sentBefore],
        [filter.active !== undefined, '(status_moderation = 0) = ?', filter.active],
        [filter.typeMessage !== undefined, 'type_message = ?', filter.typeMessage],
      ]);
      const from = `FROM messages WHERE id_chatroom = ?${where.sql}`;
      return listed<MessageRecord>(
        prepared,
        { record: 'record', from, order: 'date_order DESC, id_message DESC', values: [chatroom, ...where.values] },
        window,
      );
    },
    idsByAuthor: (chatroom, author) => byAuthor.all(chatroom, author) as number[],
    otherAuthor: (chatroom, author) => other.get(chatroom, author) !== undefined,
  };
}

export function bindPopsellTables(db: Connection): PopsellTables {
  // The name filter matches as JavaScript lower-cases, beyond ASCII (SQLite's LIKE folds ASCII only).
  db.function('folded_contains', { deterministic: true }, (text, part) =>
    typeof text === 'string' && typeof part === 'string' && text.toLowerCase().includes(part.toLowerCase()) ? 1 : 0,
  );
  const selectToken = db.prepare('SELECT brands, id_ambassador FROM tokens WHERE token = ?');
  const insertToken = db.prepare('INSERT INTO tokens (token, brands, id_ambassador) VALUES (?, ?, ?)');
  const insertPush = db.prepare('INSERT INTO web_pushes (id_message, id_ambassador, date) VALUES (?, ?, ?)');
  return {
    ambassadors: ambassadorTable(db),
    chatrooms: chatroomTable(db),
    messages: messageTable(db),
    tokens: {
      get(token) {
        const row = selectToken.get(token) as { brands: string; id_ambassador: number | null } | undefined;
        if (!row) return undefined;
        const brands = JSON.parse(row.brands) as number[];
        return row.id_ambassador === null ? { brands } : { brands, id_ambassador: row.id_ambassador };
      },
      add: (token, issued) => insertToken.run(token, JSON.stringify(issued.brands), issued.id_ambassador ?? null),
    },
    webPushes: { add: (push) => insertPush.run(push.id_message, push.id_ambassador, push.date) },
    nextId: sequence(db),
  };
}

// The shape of a JSON data file (sandbox 0.2, or 0.1's chat rooms with their ambassadors inside).
const validateState = createAjv().compile({
  type: 'object',
  required: ['chatrooms'],
  properties: {
    nextId: { type: 'integer', minimum: 1 },
    ambassadors: { type: 'object', additionalProperties: { type: 'object', required: ['id_ambassador', 'brands'] } },
    chatrooms: { type: 'object', additionalProperties: { type: 'object', required: ['id_chatroom', 'brand'] } },
    messages: { type: 'object', additionalProperties: { type: 'object', required: ['id_message', 'id_chatroom'] } },
    tokens: { type: 'object', additionalProperties: { type: 'object', required: ['brands'] } },
    webPushes: { type: 'array' },
  },
  // Either form in whole: 0.2 has every list, 0.1 only chat rooms with their ambassadors.
  anyOf: [
    { required: ['nextId', 'ambassadors', 'messages', 'tokens', 'webPushes'] },
    {
      not: { required: ['ambassadors'] },
      properties: {
        chatrooms: { additionalProperties: { required: ['ambassadors'] } },
      },
    },
  ],
});

export const POPSELL_STORE: StoreDefinition<PopsellTables, PopsellState> = {
  schema: POPSELL_SCHEMA,
  bind: bindPopsellTables,
  importState(db, state) {
    upgradeState(state);
    const tables = bindPopsellTables(db);
    for (const ambassador of Object.values(state.ambassadors)) tables.ambassadors.save(ambassador);
    for (const room of Object.values(state.chatrooms)) tables.chatrooms.save(room);
    for (const message of Object.values(state.messages)) tables.messages.save(message);
    for (const [token, issued] of Object.entries(state.tokens)) tables.tokens.add(token, issued);
    for (const push of state.webPushes) tables.webPushes.add(push);
    db.prepare('UPDATE sequence SET next_id = ?').run(state.nextId);
  },
  readJson(value) {
    if (validateState(value)) return { state: value as PopsellState };
    const [first] = validateState.errors ?? [];
    return { problem: `${first?.instancePath || 'the file'} ${first?.message ?? 'is not valid'}` };
  },
};

// The Nexudus sandbox's tables, bound to one connection: the two entities
// (searchable), issued tokens and the Id sequence; and how a whole state (the
// demo seed, or a JSON data file of sandbox 0.2) is written into a database.
import { createAjv } from '../../spec/ajv.js';
import type { StoreDefinition } from '../../store/data-file.js';
import type { Connection, Schema } from '../../store/database.js';
import { type DocumentTable, documentTable, sequence, statementCache, totalOf } from '../../store/document-table.js';
import { CHAT_ROOM } from './chat-rooms.js';
import { CHAT_USER_MESSAGE } from './chat-user-messages.js';
import type { ChatRoomRecord, ChatUserMessageRecord, IssuedToken, NexudusState } from './records.js';
import { NEXUDUS_SCHEMA } from './schema.js';
import { listTable, type SearchableEntity, type SearchPlan, searchColumns } from './search.js';

export interface EntityTable<R> extends DocumentTable<R> {
  /** One page of a search, and how many records match in all. */
  search(plan: SearchPlan): { records: R[]; total: number };
}

export interface TokenTable {
  get(token: string): Required<IssuedToken> | undefined;
  add(token: string, issued: IssuedToken): void;
  /** Marks a refresh token used, and revokes the access tokens of its family. */
  rotate(refreshToken: string, family: string): void;
  /** Revokes every token of a family. */
  revokeFamily(family: string): void;
  /** Removes every token expired by `now`; an index on the expiry finds them. */
  pruneExpired(now: number): void;
}

export interface NexudusTables {
  chatRooms: EntityTable<ChatRoomRecord>;
  chatUserMessages: EntityTable<ChatUserMessageRecord>;
  tokens: TokenTable;
  nextId(): number;
}

function entityTable<R extends { Id: number }>(db: Connection, entity: SearchableEntity<R>): EntityTable<R> {
  const { table } = entity;
  const sides = Object.fromEntries(
    Object.entries(entity.lists).map(([list, values]) => [
      listTable(entity, list),
      { columns: ['value'], rows: (record: R) => values(record).map((value) => [value]) },
    ]),
  );
  const records = documentTable<R>(db, {
    table,
    key: 'Id',
    keyOf: (record) => record.Id,
    columns: searchColumns(entity),
    sides,
  });
  const countAll = db.prepare('SELECT n FROM row_counts WHERE tbl = ?').pluck();
  // Each distinct search (its filters, order and direction) is one prepared statement.
  const prepared = statementCache(db);
  return {
    ...records,
    search(plan) {
      const where = plan.where.length ? ` WHERE ${plan.where.join(' AND ')}` : '';
      const page = prepared(`SELECT record FROM ${table}${where} ORDER BY ${plan.orderBy} LIMIT ? OFFSET ?`).all(
        ...plan.params,
        plan.limit,
        plan.offset,
      ) as string[];
      const total = totalOf(
        page.length,
        plan,
        () =>
          (where
            ? prepared(`SELECT count(*) FROM ${table}${where}`).get(...plan.params)
            : countAll.get(table)) as number,
      );
      return { records: page.map((text) => JSON.parse(text) as R), total };
    },
  };
}

function tokenTable(db: Connection): TokenTable {
  const select = db.prepare('SELECT email, kind, expires_at AS expiresAt, family, rotated FROM tokens WHERE token = ?');
  const insert = db.prepare('INSERT INTO tokens (token, email, kind, expires_at, family) VALUES (?, ?, ?, ?, ?)');
  const retire = db.prepare('UPDATE tokens SET rotated = 1 WHERE token = ?');
  const revokeAccess = db.prepare("DELETE FROM tokens WHERE family = ? AND kind = 'access'");
  const revokeAll = db.prepare('DELETE FROM tokens WHERE family = ?');
  const prune = db.prepare('DELETE FROM tokens WHERE expires_at <= ?');
  return {
    get(token) {
      const row = select.get(token) as (Omit<IssuedToken, 'rotated'> & { rotated: number }) | undefined;
      return row && ({ ...row, rotated: row.rotated === 1 } as Required<IssuedToken>);
    },
    add: (token, { email, kind, expiresAt, family }) => insert.run(token, email, kind, expiresAt, family ?? token),
    rotate(refreshToken, family) {
      retire.run(refreshToken);
      revokeAccess.run(family);
    },
    revokeFamily: (family) => revokeAll.run(family),
    pruneExpired: (now) => prune.run(now),
  };
}

export function bindNexudusTables(db: Connection): NexudusTables {
  return {
    chatRooms: entityTable(db, CHAT_ROOM),
    chatUserMessages: entityTable(db, CHAT_USER_MESSAGE),
    tokens: tokenTable(db),
    nextId: sequence(db),
  };
}

// The shape of a sandbox 0.2 JSON data file; records are checked field by field when served.
const validateState = createAjv().compile({
  type: 'object',
  required: ['nextId', 'chatRooms', 'chatUserMessages', 'tokens'],
  properties: {
    nextId: { type: 'integer', minimum: 1 },
    chatRooms: { type: 'object', additionalProperties: { type: 'object', required: ['Id', 'BusinessId'] } },
    chatUserMessages: { type: 'object', additionalProperties: { type: 'object', required: ['Id', 'FromUserId'] } },
    tokens: {
      type: 'object',
      additionalProperties: { type: 'object', required: ['email', 'kind', 'expiresAt'] },
    },
  },
});

export const NEXUDUS_STORE: StoreDefinition<NexudusTables, NexudusState> & { schema: Schema } = {
  schema: NEXUDUS_SCHEMA,
  bind: bindNexudusTables,
  importState(db, state) {
    const tables = bindNexudusTables(db);
    for (const room of Object.values(state.chatRooms)) tables.chatRooms.save(room);
    for (const message of Object.values(state.chatUserMessages)) tables.chatUserMessages.save(message);
    const now = Date.now();
    for (const [token, issued] of Object.entries(state.tokens))
      if (issued.expiresAt > now) tables.tokens.add(token, issued);
    db.prepare('UPDATE sequence SET next_id = ?').run(state.nextId);
  },
  readJson(value) {
    if (validateState(value)) return { state: value as NexudusState };
    const [first] = validateState.errors ?? [];
    return { problem: `${first?.instancePath || 'the file'} ${first?.message ?? 'is not valid'}` };
  },
};

// Every Popsell list, filter and lookup is served by an index: none of their
// queries reads a whole table. The tables hold a brand of 2,000 ambassadors,
// 1,000 chat rooms and 5,000 messages, analyzed, as a busy account would.
import { describe, expect, it } from 'vitest';
import { recordingDatabase, slowSteps } from '../../test-support/query-plans.js';
import { POPSELL_SCHEMA } from './schema.js';
import { bindPopsellTables } from './tables.js';

const { db, executed } = recordingDatabase(POPSELL_SCHEMA);
const tables = bindPopsellTables(db);
const time = (n: number) => new Date(Date.UTC(2023, 0, 1) + n * 60_000).toISOString();
for (let n = 1; n <= 2000; n++) {
  tables.ambassadors.save({
    id_ambassador: n,
    image: null,
    firstname: `First ${n}`,
    lastname: `Last ${n}`,
    username: `user${n}`,
    email: null,
    email_tmp: `${n}@example.com`,
    active: 1,
    status: n % 9,
    last_action_date: time(n),
    customer_id: null,
    anonymized: false,
    brands: [n % 4],
    brand_tags: [n % 10],
    guests: [],
  });
}
for (let n = 1; n <= 1000; n++) {
  const members = [2 * n - 1, 2 * n].map((id_ambassador) => ({
    id_ambassador,
    last_read_message: null,
    is_blocked: false,
    archived: n % 3 === 0,
    flag: null,
  }));
  tables.chatrooms.save({
    id_chatroom: 10_000 + n,
    brand: n % 4,
    members,
    date_insert: time(n),
    last_message_date: time(n + 5),
    type_chatroom: 0,
    type_discussion: 2,
    source: 0,
    established_dialogue: null,
    last_rating: null,
    last_summary: null,
  });
}
for (let n = 1; n <= 5000; n++) {
  tables.messages.save({
    id_message: 20_000 + n,
    id_chatroom: 10_000 + (n % 1000) + 1,
    id_author: (n % 2000) + 1,
    date_insert: time(n),
    content: `Message ${n}`,
    type_message: (n % 4) as 0 | 1 | 2 | 3,
    status_moderation: n % 2,
  });
}
db.exec('ANALYZE');

const window = { offset: 0, limit: 15 };
const QUERIES: [string, () => unknown][] = [
  ['ambassadors of a brand', () => tables.ambassadors.ofBrand(1, {}, window)],
  ['… by brand tag', () => tables.ambassadors.ofBrand(1, { brandTag: 3 }, window)],
  ['… by status', () => tables.ambassadors.ofBrand(1, { statuses: [1, 7] }, window)],
  ['… excluding some', () => tables.ambassadors.ofBrand(1, { excluded: [5, 9] }, window)],
  ['… by name', () => tables.ambassadors.ofBrand(1, { name: 'irst 1' }, window)],
  ['… most recent first', () => tables.ambassadors.ofBrand(1, { mostRecentFirst: true }, window)],
  ['an ambassador by collected email', () => tables.ambassadors.byEmailTmp(1, '5@example.com')],
  ['ambassadors with a brand tag', () => tables.ambassadors.tagged(1, 3)],
  ['ambassadors all in a brand', () => tables.ambassadors.allInBrand(1, [1, 5])],
  ['chat rooms of accounts', () => tables.chatrooms.ofAccounts(1, [5, 7], {}, window)],
  [
    '… by member state and chat room',
    () =>
      tables.chatrooms.ofAccounts(
        1,
        [5],
        { archived: true, flag: 1, typeChatroom: 0, commented: false, lastMessageBefore: Date.now() },
        window,
      ),
  ],
  ['messages of a chat room', () => tables.messages.ofChatroom(10_005, {}, window)],
  [
    '… by time, activity and type',
    () => tables.messages.ofChatroom(10_005, { sentBefore: Date.now(), active: true, typeMessage: 1 }, window),
  ],
  ['the newest message', () => tables.messages.newest(10_005)],
  ["an author's messages", () => tables.messages.idsByAuthor(10_005, 7)],
  ['another author', () => tables.messages.otherAuthor(10_005, 7)],
  ['a record by id', () => [tables.ambassadors.get(5), tables.chatrooms.get(10_005), tables.messages.get(20_005)]],
  ['a token', () => tables.tokens.get('1|abc')],
];

describe('Popsell queries', () => {
  it.each(QUERIES)('%s reads no whole table', (_name, query) => {
    executed.clear();
    query();
    expect(executed.size).toBeGreaterThan(0);
    for (const [sql, parameters] of executed) expect(slowSteps(db, sql, parameters), sql).toEqual([]);
  });
});

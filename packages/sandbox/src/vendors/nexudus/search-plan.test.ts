// Every search a Nexudus entity declares is served by an index: each filter,
// each range and each order field, alone and with its count, never reads the
// whole table, and an order alone never sorts. The table holds 3,000 varied
// records, analyzed, so the planner weighs a selective filter as it would in use.
import { describe, expect, it } from 'vitest';
import { recordingDatabase, slowSteps } from '../../test-support/query-plans.js';
import { CHAT_ROOM } from './chat-rooms.js';
import { CHAT_USER_MESSAGE } from './chat-user-messages.js';
import { NEXUDUS_SCHEMA } from './schema.js';
import { searchPlan } from './search.js';
import { bindNexudusTables } from './tables.js';

const QUERY_VALUES: Record<string, unknown> = { integer: 5, boolean: true, text: 'Room 5', time: '2024-01-01T10:00' };
const day = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

function fill(tables: ReturnType<typeof bindNexudusTables>) {
  for (let n = 1; n <= 3000; n++) {
    const common = {
      SystemId: `s${n}`,
      UniqueId: `u${n}`,
      CreatedOn: day(n),
      UpdatedOn: day(n + 1),
      UpdatedBy: `u${n % 50}`,
    };
    tables.chatRooms.save({
      Id: n,
      BusinessId: n % 100,
      Name: `Room ${n}`,
      Active: n % 2 === 0,
      LastAgentVisit: day(n + 2),
      Users: [n % 300],
      ...common,
    });
    tables.chatUserMessages.save({
      Id: n,
      FromUserId: n % 100,
      ToUsers: [1],
      ChatText: `Text ${n}`,
      Delievered: n % 2 === 0,
      ...common,
    });
  }
}

describe.each([CHAT_ROOM, CHAT_USER_MESSAGE] as const)('$name', (entity) => {
  const { db, executed } = recordingDatabase(NEXUDUS_SCHEMA);
  const tables = bindNexudusTables(db);
  fill(tables);
  db.exec('ANALYZE');
  const table = entity.records(tables) as { search: (plan: never) => unknown };
  const run = (query: Record<string, unknown>) => {
    const result = searchPlan(entity as never, query);
    if ('invalid' in result) throw new Error(JSON.stringify(result.invalid));
    executed.clear();
    table.search(result.plan as never);
    return [...executed];
  };

  const filters = Object.entries(entity.filters).map(([key, filter]) => {
    const kind = typeof filter === 'string' ? entity.fields[filter]!.kind : 'integer';
    return [key, QUERY_VALUES[kind]] as const;
  });
  const ranges: (readonly [string, unknown])[] = entity.ranges.flatMap((field) => [
    [`From_${entity.name}_${field}`, '2008-01-01'],
    [`To_${entity.name}_${field}`, '2000-01-31'],
  ]);

  const cases: (readonly [string, unknown])[] = [...filters, ...ranges, [`${entity.name}_Id`, '[1,2,3]']];
  it.each(cases)('%s is read off an index', (key, value) => {
    for (const [sql, parameters] of run({ [key]: value })) expect(slowSteps(db, sql, parameters), sql).toEqual([]);
  });

  it.each(
    Object.keys(entity.fields).flatMap((field) => [
      [field, 1],
      [field, -1],
    ]),
  )('orderby=%s dir=%s walks an index, with no sort', (field, dir) => {
    for (const [sql, parameters] of run({ orderby: field, dir }))
      expect(slowSteps(db, sql, parameters), sql).toEqual([]);
  });
});

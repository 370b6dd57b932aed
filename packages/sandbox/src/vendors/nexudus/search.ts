// Nexudus search semantics for ChatRoom: equality filters ChatRoom_<Property>,
// inclusive From_/To_ ranges, ChatRoom_Id=[..] for Ids, then ordering and
// 1-based paging into the list envelope.

import type { SchemaChecked } from '../../spec/schema-checked.js';
import type { PropertyError } from './answers.js';
import { type ChatRoomRecord, listedChatRoom } from './records.js';

type Query = Record<string, SchemaChecked>;

/** Milliseconds of a Nexudus date; a time without a zone is UTC. */
export function timeOf(value: string): number {
  const hasZone = /(Z|[+-]\d{2}:\d{2})$/.test(value);
  const withTime = value.length === 10 ? `${value}T00:00` : value;
  return Date.parse(hasZone ? withTime : `${withTime}Z`);
}

/** How much time a value written to its precision covers: a day, a minute, a second or a millisecond. */
function spanOf(value: string): number {
  if (value.length === 10) return 86_400_000;
  const time = value.slice(11).replace(/(Z|[+-]\d{2}:\d{2})$/, '');
  return time.length === 5 ? 60_000 : time.length === 8 ? 1000 : 1;
}

/** The last millisecond an inclusive upper bound covers: `To_...=2024-01-31` includes that whole day. */
const upperBound = (value: string) => timeOf(value) + spanOf(value) - 1;

const RANGES: [from: string, to: string, read: (room: ChatRoomRecord) => string | null][] = [
  'CreatedOn',
  'UpdatedOn',
  'LastAgentVisit',
].map((property) => [
  `From_ChatRoom_${property}`,
  `To_ChatRoom_${property}`,
  (room) => room[property as 'CreatedOn' | 'UpdatedOn' | 'LastAgentVisit'],
]);

function matches(room: ChatRoomRecord, query: Query, ids: Set<number> | null): boolean {
  if (ids && !ids.has(room.Id)) return false;
  if (query.Id !== undefined && room.Id !== query.Id) return false;
  if (query.ChatRoom_Active !== undefined && room.Active !== query.ChatRoom_Active) return false;
  if (query.ChatRoom_Business !== undefined && room.BusinessId !== query.ChatRoom_Business) return false;
  if (query.ChatRoom_Name !== undefined && room.Name !== query.ChatRoom_Name) return false;
  if (query.ChatRoom_Users !== undefined && !room.Users.includes(query.ChatRoom_Users)) return false;
  if (query.ChatRoom_LastAgentVisit !== undefined) {
    if (room.LastAgentVisit === null || timeOf(room.LastAgentVisit) !== timeOf(query.ChatRoom_LastAgentVisit))
      return false;
  }
  for (const [fromKey, toKey, read] of RANGES) {
    const from = query[fromKey];
    const to = query[toKey];
    if (from === undefined && to === undefined) continue;
    const value = read(room);
    if (value === null) return false;
    if (from !== undefined && timeOf(value) < timeOf(from)) return false;
    if (to !== undefined && timeOf(value) > upperBound(to)) return false;
  }
  return true;
}

// One collator for every comparison: String#localeCompare builds one per call.
const collator = new Intl.Collator('en');

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  return a < b ? -1 : 1;
}

export function searchPage(
  rooms: ChatRoomRecord[],
  query: Query,
): { page: Record<string, unknown> } | { invalid: PropertyError[] } {
  const ids = query.ChatRoom_Id === undefined ? null : new Set<number>(JSON.parse(query.ChatRoom_Id));
  const page: number = query.page ?? 1;
  const size: number = query.size ?? 25;
  const direction =
    query.dir === undefined || query.dir === 1 || String(query.dir).toLowerCase() === 'ascending' ? 1 : -1;

  const requestedOrder: string = query.orderby ?? 'Id';
  const orderField = ORDERABLE.get(requestedOrder.toLowerCase());
  if (!orderField) {
    return {
      invalid: [{ PropertyName: 'orderby', Message: `is not a property of ChatRoom`, AttemptedValue: requestedOrder }],
    };
  }
  const shown = rooms.filter((room) => matches(room, query, ids)).map(listedChatRoom);
  shown.sort((a, b) => direction * (compare(a[orderField], b[orderField]) || compare(a.Id, b.Id)));

  const totalItems = shown.length;
  const totalPages = Math.ceil(totalItems / size);
  const records = shown.slice((page - 1) * size, page * size);
  const firstItem = records.length ? (page - 1) * size + 1 : 0;
  return {
    page: {
      Records: records,
      CurrentPageSize: size,
      CurrentPage: page,
      CurrentOrderField: orderField,
      CurrentSortDirection: direction,
      FirstItem: firstItem,
      HasNextPage: page < totalPages,
      HasPreviousPage: page > 1,
      LastItem: records.length ? firstItem + records.length - 1 : 0,
      PageNumber: page,
      PageSize: size,
      TotalItems: totalItems,
      TotalPages: totalPages,
    },
  };
}

// A search orders by any property of a listed record (listedChatRoom), named without regard to case.
type ListedField = keyof ReturnType<typeof listedChatRoom>;
const ORDERABLE = new Map<string, ListedField>(
  (
    [
      'Id',
      'Business',
      'Name',
      'Active',
      'LastAgentVisit',
      'SystemId',
      'UniqueId',
      'CreatedOn',
      'UpdatedOn',
      'UpdatedBy',
    ] satisfies ListedField[]
  ).map((name) => [name.toLowerCase(), name]),
);

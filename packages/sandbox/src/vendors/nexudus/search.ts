// Nexudus search semantics, the same for every entity: equality filters
// <Entity>_<Property>, inclusive From_/To_ ranges, <Entity>_Id=[..] for Ids,
// then ordering and 1-based paging into the list envelope.

import type { SchemaChecked } from '../../spec/schema-checked.js';
import type { PropertyError } from './answers.js';

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

/** What a search needs to know of one entity; the semantics are the same for every entity. */
export interface SearchableEntity<Record_ extends { Id: number }> {
  /** The entity's name, the prefix of its filters: `ChatRoom` gives `ChatRoom_Id` and `From_ChatRoom_CreatedOn`. */
  name: string;
  /** The record as a search lists it. */
  listed(record: Record_): Record<string, unknown>;
  /** The listed properties a search may order by. */
  orderable: readonly string[];
  /** Equality filters by query key; each says whether a record matches the value. */
  filters: Record<string, (record: Record_, value: SchemaChecked) => boolean>;
  /** Date properties with inclusive `From_<name>_<property>` and `To_<name>_<property>` ranges. */
  ranges: Record<string, (record: Record_) => string | null>;
}

/** Matches a date filter to the minute, second or millisecond it is written to. */
export const sameTime = (value: string | null, filter: string) => value !== null && timeOf(value) === timeOf(filter);

type Test<R> = (record: R) => boolean;

/** One test per filter and range the query uses, worked out once per search rather than per record. */
function testsFor<R extends { Id: number }>(entity: SearchableEntity<R>, query: Map<string, SchemaChecked>): Test<R>[] {
  const tests: Test<R>[] = [];
  for (const [key, test] of Object.entries(entity.filters)) {
    const value = query.get(key.toLowerCase());
    if (value !== undefined) tests.push((record) => test(record, value));
  }
  for (const [property, read] of Object.entries(entity.ranges)) {
    const from = query.get(`from_${entity.name}_${property}`.toLowerCase());
    const to = query.get(`to_${entity.name}_${property}`.toLowerCase());
    if (from === undefined && to === undefined) continue;
    const lowest = from === undefined ? -Infinity : timeOf(from);
    const highest = to === undefined ? Infinity : upperBound(to);
    tests.push((record) => {
      const value = read(record);
      if (value === null) return false;
      const time = timeOf(value);
      return time >= lowest && time <= highest;
    });
  }
  return tests;
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

export function searchPage<R extends { Id: number }>(
  entity: SearchableEntity<R>,
  all: R[],
  rawQuery: Query,
): { page: Record<string, unknown> } | { invalid: PropertyError[] } {
  // The server is ASP.NET: query keys match without regard to case.
  const query = new Map(Object.entries(rawQuery).map(([key, value]) => [key.toLowerCase(), value]));
  const idList = query.get(`${entity.name}_Id`.toLowerCase());
  const ids = idList === undefined ? null : new Set<number>(JSON.parse(idList));
  const page: number = query.get('page') ?? 1;
  const size: number = query.get('size') ?? 25;
  const dir = query.get('dir');
  const direction = dir === undefined || dir === 1 || String(dir).toLowerCase() === 'ascending' ? 1 : -1;

  const requestedOrder: string = query.get('orderby') ?? 'Id';
  const orderField = entity.orderable.find((name) => name.toLowerCase() === requestedOrder.toLowerCase());
  if (!orderField) {
    return {
      invalid: [
        { PropertyName: 'orderby', Message: `is not a property of ${entity.name}`, AttemptedValue: requestedOrder },
      ],
    };
  }
  const tests = testsFor(entity, query);
  const shown = all
    .filter((record) => (!ids || ids.has(record.Id)) && tests.every((test) => test(record)))
    .map(entity.listed);
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

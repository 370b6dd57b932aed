// Nexudus search semantics, the same for every entity: equality filters
// <Entity>_<Property>, inclusive From_/To_ ranges, <Entity>_Id=[..] for Ids,
// then ordering and 1-based paging into the list envelope. A search becomes
// one parameterized SQL query on the entity's table; every column it filters
// or orders by is indexed (search-plan.test.ts checks SQLite's plan for each).
import { sqlValue } from '../../store/document-table.js';
import { orderKey } from '../../store/order-key.js';
import type { PropertyError } from './answers.js';

// Read by lower-cased key (ASP.NET ignores case), so typed by what ajv has checked, not by name.
type Query = Record<string, unknown>;

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

/**
 * How a listed property is stored for searching: integers and booleans as
 * they are; a text as its order key, and as itself when a filter compares
 * it; a time as its milliseconds (equality to its precision, ranges and
 * order: times order by when they are, whatever their written form).
 */
export type FieldKind = 'integer' | 'boolean' | 'text' | 'time';

export interface Field<R> {
  kind: FieldKind;
  read(record: R): unknown;
}

/** What a search needs to know of one entity; the semantics are the same for every entity. */
export interface SearchableEntity<R extends { Id: number }> {
  /** The entity's name, the prefix of its filters: `ChatRoom` gives `ChatRoom_Id` and `From_ChatRoom_CreatedOn`. */
  name: string;
  /** Its table; a list filter's rows are in `<table>_<list>`. */
  table: string;
  /** The record as a search lists it. */
  listed(record: R): object;
  /** The listed properties (`Id` among them), by the name a search orders by. */
  fields: Record<string, Field<R>>;
  /** Equality filters by query key: the field compared, or the list that must hold the value. */
  filters: Record<string, string | { list: string }>;
  /** Time fields with inclusive `From_<name>_<field>` and `To_<name>_<field>` ranges. */
  ranges: readonly string[];
  /** Lists (`Users`) stored as side rows for the list filters. */
  lists: Record<string, (record: R) => number[]>;
}

/** The columns beside each stored record, computed from it: what the migrations create. */
export function searchColumns<R extends { Id: number }>(entity: SearchableEntity<R>) {
  const compared = new Set(Object.values(entity.filters));
  const columns: Record<string, (record: R) => unknown> = {};
  for (const [name, { kind, read }] of Object.entries(entity.fields)) {
    if (name === 'Id') continue;
    if (kind === 'time') {
      columns[name] = (record) => {
        const value = read(record) as string | null;
        return value === null ? null : timeOf(value);
      };
    } else if (kind !== 'text' || compared.has(name)) columns[name] = read;
    if (kind === 'text') columns[`${name}_order`] = (record) => orderKey(read(record) as string | null);
  }
  return columns;
}

export const listTable = (entity: { table: string }, list: string) => `${entity.table}_${list}`;

/** One page of a search, as SQL: conditions, their values, the order and the window. */
export interface SearchPlan {
  where: string[];
  params: (number | string | null)[];
  orderBy: string;
  limit: number;
  offset: number;
  page: number;
  size: number;
  orderField: string;
  direction: 1 | -1;
}

/** `[1, 2]` as the JSON array SQLite's json_each reads; the spec's pattern has checked its form. */
const bracketedIds = (list: string) => JSON.stringify(JSON.parse(list));

const orderColumn = (name: string, kind: FieldKind) => (kind === 'text' ? `${name}_order` : name);

export function searchPlan<R extends { Id: number }>(
  entity: SearchableEntity<R>,
  rawQuery: Query,
): { plan: SearchPlan } | { invalid: PropertyError[] } {
  // The server is ASP.NET: query keys match without regard to case.
  const query = new Map(Object.entries(rawQuery).map(([key, value]) => [key.toLowerCase(), value]));
  const page = (query.get('page') as number | undefined) ?? 1;
  const size = (query.get('size') as number | undefined) ?? 25;
  const dir = query.get('dir');
  const direction = dir === undefined || dir === 1 || String(dir).toLowerCase() === 'ascending' ? 1 : -1;
  const requestedOrder = (query.get('orderby') as string | undefined) ?? 'Id';
  const orderField = Object.keys(entity.fields).find((name) => name.toLowerCase() === requestedOrder.toLowerCase());
  if (!orderField) {
    return {
      invalid: [
        { PropertyName: 'orderby', Message: `is not a property of ${entity.name}`, AttemptedValue: requestedOrder },
      ],
    };
  }

  const where: string[] = [];
  const params: SearchPlan['params'] = [];
  const idList = query.get(`${entity.name}_Id`.toLowerCase());
  if (idList !== undefined) {
    where.push('Id IN (SELECT value FROM json_each(?))');
    params.push(bracketedIds(idList as string));
  }
  for (const [key, filter] of Object.entries(entity.filters)) {
    const value = query.get(key.toLowerCase());
    if (value === undefined) continue;
    // A filter the spec lets take `[1,2]` (the legacy `id=[..]`, `ChatRoom_Users`) matches any of the Ids.
    const anyOf =
      typeof value === 'string' && (typeof filter !== 'string' || entity.fields[filter]!.kind === 'integer');
    if (typeof filter !== 'string') {
      const test = anyOf ? 'IN (SELECT value FROM json_each(?))' : '= ?';
      where.push(`Id IN (SELECT owner FROM ${listTable(entity, filter.list)} WHERE value ${test})`);
      params.push(anyOf ? bracketedIds(value) : sqlValue(value));
    } else if (anyOf) {
      where.push(`${filter} IN (SELECT value FROM json_each(?))`);
      params.push(bracketedIds(value));
    } else {
      where.push(`${filter} = ?`);
      params.push(entity.fields[filter]!.kind === 'time' ? sqlValue(timeOf(value as string)) : sqlValue(value));
    }
  }
  for (const field of entity.ranges) {
    const from = query.get(`from_${entity.name}_${field}`.toLowerCase());
    const to = query.get(`to_${entity.name}_${field}`.toLowerCase());
    if (from !== undefined) {
      where.push(`${field} >= ?`);
      params.push(sqlValue(timeOf(from as string)));
    }
    if (to !== undefined) {
      where.push(`${field} <= ?`);
      params.push(sqlValue(upperBound(to as string)));
    }
  }
  const way = direction === 1 ? 'ASC' : 'DESC';
  const column = orderColumn(orderField, entity.fields[orderField]!.kind);
  return {
    plan: {
      where,
      params,
      orderBy: column === 'Id' ? `Id ${way}` : `${column} ${way}, Id ${way}`,
      limit: Math.min(size, Number.MAX_SAFE_INTEGER),
      offset: Math.min((page - 1) * size, Number.MAX_SAFE_INTEGER),
      page,
      size,
      orderField,
      direction,
    },
  };
}

/** The list envelope of a page of records out of `totalItems`. */
export function listPage<Item>(plan: SearchPlan, records: Item[], totalItems: number) {
  const { page, size, orderField, direction } = plan;
  const totalPages = Math.ceil(totalItems / size);
  const firstItem = records.length ? (page - 1) * size + 1 : 0;
  return {
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
  };
}

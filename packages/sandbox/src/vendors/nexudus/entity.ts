// The operations every Nexudus entity has, the same for each: search and
// find by Ids, read by Id, create, full-replace update, delete, and the
// commands list and runcommand. An entity module describes its records; this
// module gives it its handlers, named after the spec's operationIds.
import { randomUUID } from 'node:crypto';
import type { Handler } from '../../http/vendor.js';
import type { SchemaChecked } from '../../spec/schema-checked.js';
import type { Store } from '../../store/store.js';
import type { NexudusUser } from './accounts.js';
import { actionDone, notFound, validationFailed } from './answers.js';
import { type CommandSpec, commandHandlers } from './commands.js';
import { nexudusNow } from './records.js';
import { listPage, type SearchableEntity, searchPlan } from './search.js';
import type { EntityTable, NexudusTables } from './tables.js';

type H = Handler<NexudusUser>;

/** The fields every stored Nexudus record carries beside its own. */
export interface StoredRecord {
  Id: number;
  SystemId: string | null;
  UniqueId: string;
  CreatedOn: string;
  UpdatedOn: string;
  UpdatedBy: string | null;
}

export interface NexudusEntity<R extends StoredRecord> extends SearchableEntity<R> {
  /** The plural in the search's operationId: `searchChatRooms`. */
  plural: string;
  records(tables: NexudusTables): EntityTable<R>;
  /** What a read by Id adds to the stored record: `IsNew`. */
  readExtra: Record<string, unknown>;
  /** The fields a create or a PUT sets: what the body leaves out is cleared. */
  writable(body: Record<string, SchemaChecked>): Partial<R>;
  /** The Id list a PUT changes with its write-only deltas, e.g. `Users` with `AddedUsers` and `RemovedUsers`. */
  deltas: { list: keyof R & string; added: string; removed: string };
  commands: CommandSpec<R>[];
}

export const unique = (ids: number[]) => [...new Set(ids)];

export function entityHandlers<R extends StoredRecord>(
  store: Store<NexudusTables>,
  entity: NexudusEntity<R>,
): Record<string, H> {
  const { name } = entity;
  // The stored JSON is answered as it is, with the read's extra fields spliced in before its last brace.
  const extra = JSON.stringify(entity.readExtra).slice(1, -1);

  const search: H = ({ query }) => {
    const result = searchPlan(entity, query);
    if ('invalid' in result) return validationFailed(result.invalid);
    const { records, total } = entity.records(store.reads).search(result.plan);
    return { status: 200, body: listPage(result.plan, records.map(entity.listed), total) };
  };

  const get: H = ({ path }) => {
    const stored = entity.records(store.reads).text(path.Id);
    return stored === undefined ? notFound() : { status: 200, json: `${stored.slice(0, -1)},${extra}}` };
  };

  const create: H = async ({ body, principal }) => {
    const now = nexudusNow();
    const id = await store.write((tables) => {
      const record = {
        Id: tables.nextId(),
        SystemId: null,
        ...entity.writable(body),
        UniqueId: randomUUID(),
        CreatedOn: now,
        UpdatedOn: now,
        UpdatedBy: principal!.email,
      } as R;
      entity.records(tables).insert(record);
      return record.Id;
    });
    return actionDone(`${name} was successfully created.`, { Id: id }, principal!.email, now);
  };

  const update: H = async ({ body, principal }) => {
    const updated = await store.write((tables) => {
      const stored = entity.records(tables).get(body.Id);
      if (!stored) return false;
      const fields = entity.writable(body);
      const { list, added, removed } = entity.deltas;
      const gone = new Set<number>(body[removed] ?? []);
      const members = [...((fields[list] as number[] | undefined) ?? []), ...(body[added] ?? [])];
      Object.assign(fields, { [list]: unique(members).filter((id) => !gone.has(id)) });
      entity.records(tables).save({ ...stored, ...fields, UpdatedOn: nexudusNow(), UpdatedBy: principal!.email });
      return true;
    });
    return updated ? actionDone(`${name} was successfully updated.`, { Id: body.Id }, principal!.email) : notFound();
  };

  const remove: H = async ({ path, principal }) => {
    const deleted = await store.write((tables) => entity.records(tables).delete(path.Id));
    return deleted ? actionDone('The record was deleted successfully.', null, principal!.email) : notFound();
  };

  return {
    [`search${entity.plural}`]: search,
    [`get${name}`]: get,
    [`create${name}`]: create,
    [`update${name}`]: update,
    [`delete${name}`]: remove,
    ...commandHandlers(store, {
      name,
      records: entity.records,
      commands: entity.commands,
      operations: { list: `list${name}Commands`, run: `run${name}Command` },
    }),
  };
}

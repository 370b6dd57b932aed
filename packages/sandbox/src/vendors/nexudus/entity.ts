// The operations every Nexudus entity has, the same for each: search and
// find by Ids, read by Id, create, full-replace update, delete, and the
// commands list and runcommand. An entity module describes its records; this
// module gives it its handlers, named after the spec's operationIds.
import { randomUUID } from 'node:crypto';
import type { BodyOf } from '../../http/typed.js';
import type { Store } from '../../store/store.js';
import { actionDone, notFound, validationFailed } from './answers.js';
import { type CommandSpec, commandHandlers } from './commands.js';
import {
  type AnyEntity,
  ENTITY_OPERATIONS,
  type EntityName,
  type H,
  type Handlers,
  type ListItem,
  type NexudusOperations,
  type OperationsOf,
} from './operations.js';
import { nexudusNow } from './records.js';
import { listPage, type SearchableEntity, searchPlan } from './search.js';
import type { EntityTable, NexudusTables } from './tables.js';

/** What a create or a PUT of the entity sends. */
export type WriteBody<Name extends EntityName> = NonNullable<
  BodyOf<NexudusOperations[(typeof ENTITY_OPERATIONS)[Name]['create' | 'update']]>
>;

/** The fields every stored Nexudus record carries beside its own. */
export interface StoredRecord {
  Id: number;
  SystemId: string | null;
  UniqueId: string;
  CreatedOn: string;
  UpdatedOn: string;
  UpdatedBy: string | null;
}

export interface NexudusEntity<R extends StoredRecord, Name extends EntityName = EntityName>
  extends SearchableEntity<R> {
  name: Name;
  listed(record: R): ListItem<Name>;
  records(tables: NexudusTables): EntityTable<R>;
  /** What a read by Id adds to the stored record: `IsNew`. */
  readExtra: Record<string, unknown>;
  /** The fields a create or a PUT sets: what the body leaves out is cleared. */
  writable(body: WriteBody<Name>): Partial<R>;
  /** The Id list a PUT changes with its write-only deltas, e.g. `Users` with `AddedUsers` and `RemovedUsers`. */
  deltas: { list: keyof R & string; added: string; removed: string };
  commands: CommandSpec<R>[];
}

export const unique = (ids: number[]) => [...new Set(ids)];

export function entityHandlers<R extends StoredRecord, Name extends EntityName>(
  store: Store<NexudusTables>,
  entity: NexudusEntity<R, Name>,
): Handlers<OperationsOf<Name>> {
  const { name } = entity;
  // The stored JSON is answered as it is, with the read's extra fields spliced in before its last brace.
  const extra = JSON.stringify(entity.readExtra).slice(1, -1);

  const search: H<AnyEntity<'search'>> = ({ query }) => {
    const result = searchPlan(entity, query);
    if ('invalid' in result) return validationFailed(result.invalid);
    const { records, total } = entity.records(store.reads).search(result.plan);
    // Each entity's `listed` is checked against its own list item; the answer here is typed
    // for every entity at once, which no one entity's items are.
    const listed = records.map(entity.listed) as never[];
    return { status: 200, body: listPage(result.plan, listed, total) };
  };

  const get: H<AnyEntity<'get'>> = ({ path }) => {
    const stored = entity.records(store.reads).text(path.Id);
    return stored === undefined ? notFound() : { status: 200, json: `${stored.slice(0, -1)},${extra}}` };
  };

  const create: H<AnyEntity<'create'>> = async ({ body, principal }) => {
    const now = nexudusNow();
    const id = await store.write((tables) => {
      const record = {
        Id: tables.nextId(),
        SystemId: null,
        // The route chose this entity's operation: its body is this entity's.
        ...entity.writable(body as WriteBody<Name>),
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

  const update: H<AnyEntity<'update'>> = async ({ body, principal }) => {
    const updated = await store.write((tables) => {
      const stored = entity.records(tables).get(body.Id);
      if (!stored) return false;
      const fields = entity.writable(body as WriteBody<Name>);
      const { list, added, removed } = entity.deltas;
      // The write-only deltas, read by the names the entity gives them.
      const deltas = body as unknown as Partial<Record<string, number[]>>;
      const gone = new Set<number>(deltas[removed] ?? []);
      const members = [...((fields[list] as number[] | undefined) ?? []), ...(deltas[added] ?? [])];
      Object.assign(fields, { [list]: unique(members).filter((id) => !gone.has(id)) });
      entity.records(tables).save({ ...stored, ...fields, UpdatedOn: nexudusNow(), UpdatedBy: principal!.email });
      return true;
    });
    return updated ? actionDone(`${name} was successfully updated.`, { Id: body.Id }, principal!.email) : notFound();
  };

  const remove: H<AnyEntity<'delete'>> = async ({ path, principal }) => {
    const deleted = await store.write((tables) => entity.records(tables).delete(path.Id));
    return deleted ? actionDone('The record was deleted successfully.', null, principal!.email) : notFound();
  };

  const ids = ENTITY_OPERATIONS[entity.name];
  // Typed for every entity at once above; here they are the operations of this one.
  return {
    [ids.search]: search,
    [ids.get]: get,
    [ids.create]: create,
    [ids.update]: update,
    [ids.delete]: remove,
    ...commandHandlers(store, { name, records: entity.records, commands: entity.commands, operations: ids }),
  } as Handlers<OperationsOf<Name>>;
}

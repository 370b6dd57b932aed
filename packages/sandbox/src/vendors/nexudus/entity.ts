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
import { type NexudusState, nexudusNow } from './records.js';
import { type SearchableEntity, searchPage } from './search.js';

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
  records(state: NexudusState): Record<string, R>;
  /** The record as a read by Id returns it. */
  read(record: R): unknown;
  /** The fields a create or a PUT sets: what the body leaves out is cleared. */
  writable(body: Record<string, SchemaChecked>): Partial<R>;
  /** The Id list a PUT changes with its write-only deltas, e.g. `Users` with `AddedUsers` and `RemovedUsers`. */
  deltas: { list: keyof R & string; added: string; removed: string };
  commands: CommandSpec<R>[];
}

export const unique = (ids: number[]) => [...new Set(ids)];

export function entityHandlers<R extends StoredRecord>(
  store: Store<NexudusState>,
  entity: NexudusEntity<R>,
): Record<string, H> {
  const { name } = entity;
  const records = () => entity.records(store.state);

  const search: H = ({ query }) => {
    const result = searchPage(entity, Object.values(records()), query);
    return 'invalid' in result ? validationFailed(result.invalid) : { status: 200, body: result.page };
  };

  const get: H = ({ path }) => {
    const record = records()[path.Id];
    return record ? { status: 200, body: entity.read(record) } : notFound();
  };

  const create: H = async ({ body, principal }) => {
    const now = nexudusNow();
    const id = await store.mutate((state) => {
      const record = {
        Id: state.nextId++,
        SystemId: null,
        ...entity.writable(body),
        UniqueId: randomUUID(),
        CreatedOn: now,
        UpdatedOn: now,
        UpdatedBy: principal!.email,
      } as R;
      entity.records(state)[record.Id] = record;
      return record.Id;
    });
    return actionDone(`${name} was successfully created.`, { Id: id }, principal!.email, now);
  };

  const update: H = async ({ body, principal }) => {
    if (!records()[body.Id]) return notFound();
    await store.mutate((state) => {
      const fields = entity.writable(body);
      const { list, added, removed } = entity.deltas;
      const gone = new Set<number>(body[removed] ?? []);
      const members = [...((fields[list] as number[] | undefined) ?? []), ...(body[added] ?? [])];
      Object.assign(fields, { [list]: unique(members).filter((id) => !gone.has(id)) });
      Object.assign(entity.records(state)[body.Id]!, fields, { UpdatedOn: nexudusNow(), UpdatedBy: principal!.email });
    });
    return actionDone(`${name} was successfully updated.`, { Id: body.Id }, principal!.email);
  };

  const remove: H = async ({ path, principal }) => {
    if (!records()[path.Id]) return notFound();
    await store.mutate((state) => {
      delete entity.records(state)[path.Id];
    });
    return actionDone('The record was deleted successfully.', null, principal!.email);
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

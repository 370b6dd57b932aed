// Commands, the same mechanism for every entity: the list and runcommand. Each
// command really changes the records it runs on.
import type { DocumentTable } from '../../store/document-table.js';
import type { Store } from '../../store/store.js';
import { actionDone, notFound, validationFailed } from './answers.js';
import type { AnyEntity, H } from './operations.js';
import { nexudusNow } from './records.js';
import type { NexudusTables } from './tables.js';

export interface CommandSpec<Record_> {
  Key: string;
  Name: string;
  AppliesOnlyToOneEntity: boolean;
  Order: number;
  RequiresParameters: { Name: string; Type: string }[];
  run(records: Record_[], parameters: unknown[]): string;
}

interface CommandTarget<Record_> {
  /** The entity's name, as an unknown key's error says it. */
  name: string;
  records(tables: NexudusTables): DocumentTable<Record_>;
  commands: CommandSpec<Record_>[];
  /** The operationIds of the entity's commands list and runcommand. */
  operations: { listCommands: AnyEntity<'listCommands'>; runCommand: AnyEntity<'runCommand'> };
}

/**
 * Whether a value is what a command parameter of this type takes: `int` a whole number, `Boolean`
 * true or false (the vendor's example spells it so), `string` a text or a number (the vendor's own example sends a number for a string parameter, quirk N25).
 */
function fitsParameter(type: string, value: unknown): boolean {
  if (type === 'int') return Number.isSafeInteger(value);
  if (type.toLowerCase() === 'boolean') return typeof value === 'boolean';
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

const PARAMETER_FORMS: Record<string, string> = { int: 'a whole number', boolean: 'true or false' };

const describe = <R>({ run: _run, ...command }: CommandSpec<R>) => ({
  ...command,
  AppliesOnlyToMultipleEntities: false,
  AppliesOnlyToTwoEntities: false,
  DisplayInDropdown: true,
  DisplayInDropdownV2: true,
  DisplayInGrid: command.AppliesOnlyToOneEntity,
  NeedsEntitiesToRun: true,
});

export function commandHandlers<R extends { UpdatedOn: string; UpdatedBy: string | null }>(
  store: Store<NexudusTables>,
  target: CommandTarget<R>,
) {
  const list: H<AnyEntity<'listCommands'>> = () => ({ status: 200, body: target.commands.map(describe) });
  const run: H<AnyEntity<'runCommand'>> = async ({ body, principal }) => {
    const command = target.commands.find((candidate) => candidate.Key === body.Key);
    if (!command)
      return validationFailed([
        { PropertyName: 'Key', Message: `is not a command of ${target.name}`, AttemptedValue: body.Key },
      ]);
    const ids: number[] = [...new Set<number>(body.Ids ?? [])];
    if (ids.length === 0)
      return validationFailed([
        { PropertyName: 'Ids', Message: 'this command needs at least one record', AttemptedValue: body.Ids ?? null },
      ]);
    if (command.AppliesOnlyToOneEntity && ids.length !== 1) {
      return validationFailed([
        { PropertyName: 'Ids', Message: 'this command runs on exactly one record', AttemptedValue: body.Ids },
      ]);
    }
    const values = (body.Parameters ?? []).map((parameter) => parameter.Value);
    if (values.length < command.RequiresParameters.length) {
      return validationFailed([
        {
          PropertyName: 'Parameters',
          Message: `this command needs ${command.RequiresParameters.length} parameter(s)`,
          AttemptedValue: body.Parameters ?? null,
        },
      ]);
    }
    const wrong = command.RequiresParameters.flatMap(({ Name, Type }, index) =>
      fitsParameter(Type, values[index])
        ? []
        : [
            {
              PropertyName: `Parameters[${index}].Value`,
              Message: `must be ${PARAMETER_FORMS[Type.toLowerCase()] ?? 'a text or a number'} (${Name})`,
              AttemptedValue: values[index] ?? null,
            },
          ],
    );
    if (wrong.length) return validationFailed(wrong);
    const message = await store.write((tables) => {
      const records = target.records(tables).many(ids);
      if (records.length < ids.length) return null;
      const result = command.run(records, values);
      const now = nexudusNow();
      for (const record of records)
        target.records(tables).save(Object.assign(record, { UpdatedOn: now, UpdatedBy: principal!.email }));
      return result;
    });
    return message === null ? notFound() : actionDone(message, { Id: ids[0]! }, principal!.email);
  };
  return { [target.operations.listCommands]: list, [target.operations.runCommand]: run };
}

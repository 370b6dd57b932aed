// ChatRoom commands: the list and runcommand. Each command really changes the
// chat rooms it runs on.
import type { Handler } from '../../http/vendor.js';
import type { Store } from '../../store/store.js';
import type { NexudusUser } from './accounts.js';
import { actionDone, notFound, validationFailed } from './answers.js';
import { type ChatRoomRecord, type NexudusState, nexudusNow } from './records.js';

interface CommandSpec {
  Key: string;
  Name: string;
  AppliesOnlyToOneEntity: boolean;
  Order: number;
  RequiresParameters: { Name: string; Type: string }[];
  run(rooms: ChatRoomRecord[], parameters: unknown[]): string;
}

const COMMANDS: CommandSpec[] = [
  {
    Key: 'ACTIVATE_CHATROOMS',
    Name: 'Activate chat rooms',
    AppliesOnlyToOneEntity: false,
    Order: 1,
    RequiresParameters: [],
    run: (rooms) => {
      for (const room of rooms) room.Active = true;
      return `${rooms.length} chat room(s) activated.`;
    },
  },
  {
    Key: 'DEACTIVATE_CHATROOMS',
    Name: 'Deactivate chat rooms',
    AppliesOnlyToOneEntity: false,
    Order: 2,
    RequiresParameters: [],
    run: (rooms) => {
      for (const room of rooms) room.Active = false;
      return `${rooms.length} chat room(s) deactivated.`;
    },
  },
  {
    Key: 'RECORD_AGENT_VISIT',
    Name: 'Record an agent visit now',
    AppliesOnlyToOneEntity: false,
    Order: 3,
    RequiresParameters: [],
    run: (rooms) => {
      const now = nexudusNow();
      for (const room of rooms) room.LastAgentVisit = now;
      return `Agent visit recorded on ${rooms.length} chat room(s).`;
    },
  },
  {
    Key: 'RENAME_CHATROOM',
    Name: 'Rename a chat room',
    AppliesOnlyToOneEntity: true,
    Order: 10,
    RequiresParameters: [{ Name: 'New name', Type: 'string' }],
    run: (rooms, [name]) => {
      rooms[0]!.Name = String(name);
      return `Chat room renamed to ${String(name)}.`;
    },
  },
];

const describe = ({ run: _run, ...command }: CommandSpec) => ({
  ...command,
  AppliesOnlyToMultipleEntities: false,
  AppliesOnlyToTwoEntities: false,
  DisplayInDropdown: true,
  DisplayInDropdownV2: true,
  DisplayInGrid: command.AppliesOnlyToOneEntity,
  NeedsEntitiesToRun: true,
});

export function commandHandlers(store: Store<NexudusState>): Record<string, Handler<NexudusUser>> {
  return {
    listChatRoomCommands: () => ({ status: 200, body: COMMANDS.map(describe) }),

    runChatRoomCommand: async ({ body, principal }) => {
      const command = COMMANDS.find((candidate) => candidate.Key === body.Key);
      if (!command)
        return validationFailed([
          { PropertyName: 'Key', Message: 'is not a command of ChatRoom', AttemptedValue: body.Key },
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
      const values = (body.Parameters ?? []).map((parameter: { Value: unknown }) => parameter.Value);
      if (
        values.length < command.RequiresParameters.length ||
        values.slice(0, command.RequiresParameters.length).some((v: unknown) => v === null)
      ) {
        return validationFailed([
          {
            PropertyName: 'Parameters',
            Message: `this command needs ${command.RequiresParameters.length} parameter(s)`,
            AttemptedValue: body.Parameters ?? null,
          },
        ]);
      }
      if (ids.some((id) => !store.state.chatRooms[id])) return notFound();
      const message = await store.mutate((state) => {
        const rooms = ids.map((id) => state.chatRooms[id]!);
        const result = command.run(rooms, values);
        const now = nexudusNow();
        for (const room of rooms) Object.assign(room, { UpdatedOn: now, UpdatedBy: principal!.email });
        return result;
      });
      return actionDone(message, { Id: ids[0]! }, principal!.email);
    },
  };
}

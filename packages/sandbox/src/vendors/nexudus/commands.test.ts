import { describe, expect, it } from 'vitest';
import { ADMIN, call } from '../../testing/client.js';
import { useSandbox } from '../../testing/vitest.js';

const sandbox = useSandbox({ api: 'nexudus', seed: 'demo' });
const run = (json: unknown) => call(sandbox(), 'runChatRoomCommand', { auth: ADMIN, json });
const room = async (id: number) => (await call(sandbox(), 'getChatRoom', { auth: ADMIN, path: { Id: id } })).body;

describe('chat room commands', () => {
  it('lists commands with their metadata', async () => {
    const { body } = await call(sandbox(), 'listChatRoomCommands', { auth: ADMIN });
    expect(body.map((command: any) => command.Key)).toEqual([
      'ACTIVATE_CHATROOMS',
      'DEACTIVATE_CHATROOMS',
      'RECORD_AGENT_VISIT',
      'RENAME_CHATROOM',
      'COMMAND_KEY_1',
      'COMMAND_KEY_2',
    ]);
    expect(body[3]).toMatchObject({
      AppliesOnlyToOneEntity: true,
      RequiresParameters: [{ Name: 'New name', Type: 'string' }],
    });
  });

  it("runs the vendor's example commands, and checks COMMAND_KEY_2's Boolean parameter", async () => {
    const example = { Ids: [1329961649], Key: 'COMMAND_KEY_2' };
    const ran = await run({
      ...example,
      Parameters: [
        { Type: 'string', Value: 987654321 },
        { Type: 'Boolean', Value: true },
      ],
    });
    expect(ran.body).toMatchObject({ WasSuccessful: true, Message: 'Command 2 ran on 1 chat room(s).' });
    const wrong = await run({ ...example, Parameters: [{ Value: 'x' }, { Value: 'yes' }] });
    expect(wrong.body.Errors).toEqual([
      {
        PropertyName: 'Parameters[1].Value',
        Message: 'must be true or false (Parameter 2 description)',
        AttemptedValue: 'yes',
      },
    ]);
    expect((await run({ Ids: [1234567, 9876541], Key: 'COMMAND_KEY_1' })).body.Message).toBe(
      'Command 1 ran on 2 chat room(s).',
    );
  });

  it('deactivates and activates rooms for real', async () => {
    await run({ Key: 'DEACTIVATE_CHATROOMS', Ids: [9876541, 12345678] });
    expect((await room(9876541)).Active).toBe(false);
    const answer = await run({ Key: 'ACTIVATE_CHATROOMS', Ids: [9876541, 12345678] });
    expect(answer.body).toMatchObject({
      WasSuccessful: true,
      Message: '2 chat room(s) activated.',
      Value: { Id: 9876541 },
    });
    expect((await room(12345678)).Active).toBe(true);
  });

  it('renames one room with its parameter, as the seed example sends parameters', async () => {
    await run({ Ids: [1329961649], Parameters: [{ Type: 'string', Value: 987654321 }], Key: 'RENAME_CHATROOM' });
    expect((await room(1329961649)).Name).toBe('987654321');
  });

  it('400 for an unknown key, no Ids, two Ids for a one-record command, a missing parameter; 404 for an unknown Id', async () => {
    expect((await run({ Key: 'EXPLODE', Ids: [1234567] })).body.Errors[0].PropertyName).toBe('Key');
    expect((await run({ Key: 'ACTIVATE_CHATROOMS' })).body.Errors[0].PropertyName).toBe('Ids');
    expect(
      (await run({ Key: 'RENAME_CHATROOM', Ids: [1234567, 9876541], Parameters: [{ Value: 'x' }] })).body.Errors[0]
        .PropertyName,
    ).toBe('Ids');
    expect((await run({ Key: 'RENAME_CHATROOM', Ids: [1234567] })).body.Errors[0].PropertyName).toBe('Parameters');
    expect((await run({ Key: 'ACTIVATE_CHATROOMS', Ids: [1] })).status).toBe(404);
    expect((await run({ Ids: [1] })).body.Errors[0]).toEqual({
      PropertyName: 'Key',
      Message: 'is a required field',
      AttemptedValue: null,
    });
  });
});

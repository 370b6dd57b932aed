import { describe, expect, it } from 'vitest';
import { operationsOf, readBundle } from './catalogue.js';
import { clientHelpersOf, helperNamesOf } from './client-helpers.js';

const signature = (helper: ReturnType<typeof clientHelpersOf>[number]) =>
  `${helper.name}(${helper.arguments.map((argument) => `${argument.name}${argument.optional ? '?' : ''}`).join(', ')})`;

describe('the client helper model', () => {
  const entries = [...operationsOf(readBundle('nexudus')), ...operationsOf(readBundle('popsell'))];
  const byOperationId = new Map(entries.map((entry) => [entry.operationId, entry]));
  const helpersOf = (operationId: string) =>
    clientHelpersOf(byOperationId.get(operationId)!, byOperationId).map(signature);

  it.each([
    ['getChatRoom', ['chatRooms.get(Id, options?)']],
    [
      'searchChatRooms',
      ['chatRooms.list(query?, options?)', 'chatRooms.iterate(query?, options?)', 'chatRooms.getMany(ids, options?)'],
    ],
    ['updateChatRoom', ['chatRooms.update(body, options?)', 'chatRooms.patch(Id, changes, options?)']],
    ['runChatRoomCommand', ['chatRooms.runCommand(args, options?)']],
    ['createToken', ['tokens.create(body, options?)']],
    ['updateChatroom', ['chatrooms.update(id, body?, options?)']],
    [
      'listAmbassadorChatrooms',
      [
        'ambassadors.chatrooms(ambassador, query?, options?)',
        'ambassadors.iterateChatrooms(ambassador, query?, options?)',
      ],
    ],
    ['markChatroomRead', ['chatrooms.markRead(chatroom, ambassador, options?)']],
  ])('%s: %j', (operationId, helpers) => {
    expect(helpersOf(operationId)).toEqual(helpers);
  });

  it("an iterator's query names the page to start from; a patch takes the reader's path parameters", () => {
    const [, iterate] = clientHelpersOf(byOperationId.get('searchChatRooms')!, byOperationId);
    expect(iterate?.arguments[0]).toMatchObject({ kind: 'query', startsAt: 'page' });
    const [, patch] = clientHelpersOf(byOperationId.get('updateChatUserMessage')!, byOperationId);
    expect(patch?.arguments[0]).toMatchObject({ kind: 'path', name: 'Id' });
  });

  it('names every helper an x-client-helper gives, and refuses a patch whose reader is unknown', () => {
    expect(
      helperNamesOf({ name: 'a.list', pagination: { iterateName: 'a.iterate' }, patch: { name: 'a.patch' } }),
    ).toEqual(['a.list', 'a.iterate', 'a.patch']);
    expect(() => clientHelpersOf(byOperationId.get('updateChatRoom')!)).toThrow(
      'updateChatRoom: patch.readWith names no operation: getChatRoom',
    );
  });
});

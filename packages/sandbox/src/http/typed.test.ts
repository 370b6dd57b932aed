// The handlers' types come from the spec: these lines must not compile, and
// `pnpm lint` (tsc, which checks test files too) fails if one starts to.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { NexudusUser } from '../vendors/nexudus/accounts.js';
import type { H, NexudusOperations } from '../vendors/nexudus/operations.js';
import type { OperationHandlers } from './typed.js';

describe('handlers typed by the spec', () => {
  it('type a path parameter, a body field and an answer by the operation', () => {
    const get: H<'getChatRoom'> = ({ path }) => {
      expectTypeOf(path.Id).toEqualTypeOf<number>();
      // @ts-expect-error: the spec names the path parameter `Id`, not `id`
      path.id;
      return { status: 404, body: { Message: 'No record was found with the Id given.' } };
    };
    // @ts-expect-error: getChatRoom documents no 409
    const conflict: H<'getChatRoom'> = () => ({ status: 409, body: { Message: 'conflict' } });
    // @ts-expect-error: a 404's body is `{ Message }`, not `{ message }`
    const misworded: H<'getChatRoom'> = () => ({ status: 404, body: { message: 'gone' } });
    const create: H<'createChatRoom'> = ({ body }) => {
      expectTypeOf(body.BusinessId).toEqualTypeOf<number>();
      // @ts-expect-error: a chat room has no `Delievered`
      body.Delievered;
      return { status: 400, body: { Message: '', Value: null, WasSuccessful: false, Errors: [] } };
    };
    expect([get, conflict, misworded, create]).toHaveLength(4);
  });

  it('require a handler for every operation', () => {
    // @ts-expect-error: every other operation of the spec is missing
    const partial: OperationHandlers<NexudusOperations, NexudusUser> = {
      getChatRoom: () => ({ status: 404, body: { Message: 'gone' } }),
    };
    expect(partial).toBeDefined();
  });
});

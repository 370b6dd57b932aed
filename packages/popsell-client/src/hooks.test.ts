// Popsell's api-key exchange as hooks see it: marked as a token exchange,
// with neither the key nor the token it brings back anywhere in an event.
import { useSandbox } from '@chatapi/test-harness';
import { describe, expect, it } from 'vitest';
import { AuthenticationError, createPopsellClient } from './index.js';

const sandbox = useSandbox({ api: 'popsell' });

describe('hooks', () => {
  it('mark the api-key exchange, and a failed one reports both failures, the exchange first', async () => {
    const seen: { kind: string; operationId?: string; tokenExchange: boolean }[] = [];
    const raw: unknown[] = [];
    const hooks = {
      onRequest: (event: { operationId?: string; tokenExchange: boolean }) => {
        raw.push(event);
        seen.push({ kind: 'request', ...pick(event) });
      },
      onError: (event: { operationId?: string; tokenExchange: boolean; error: Error }) =>
        seen.push({ kind: `error ${event.error.name}`, ...pick(event) }),
    };
    const client = createPopsellClient({
      baseUrl: sandbox().url,
      brand: 3,
      auth: { apiKey: 'sandbox-api-key', domain: 'shop.example.org' },
      hooks,
    });
    expect((await client.chatrooms.get(8)).id_chatroom).toBe(8);
    expect(seen).toEqual([
      { kind: 'request', operationId: 'createToken', tokenExchange: true },
      { kind: 'request', operationId: 'getChatroom', tokenExchange: false },
    ]);
    expect(JSON.stringify(raw)).not.toContain('sandbox-api-key');
    expect(raw[1]).toMatchObject({ headers: { authorization: '[redacted]', 'x-popsell-brand': '3' } });

    seen.length = 0;
    const wrong = createPopsellClient({
      baseUrl: sandbox().url,
      brand: 3,
      auth: { apiKey: 'wrong', domain: 'shop.example.org' },
      hooks,
    });
    await expect(wrong.chatrooms.get(8)).rejects.toBeInstanceOf(AuthenticationError);
    expect(seen).toEqual([
      { kind: 'request', operationId: 'createToken', tokenExchange: true },
      { kind: 'error AuthenticationError', operationId: 'createToken', tokenExchange: true },
      { kind: 'error AuthenticationError', operationId: 'getChatroom', tokenExchange: false },
    ]);
  });
});

const pick = ({ operationId, tokenExchange }: { operationId?: string; tokenExchange: boolean }) => ({
  ...(operationId ? { operationId } : {}),
  tokenExchange,
});

import { expectNoUnhandledRejections } from '@chatapi/test-harness';
import { describe, expect, it } from 'vitest';
import { apiPromise, mapData } from './api-promise.js';

const headers = new Headers({ 'x-ratelimit-remaining': '59' });
const answered = <Data>(data: Data) => apiPromise(Promise.resolve({ data, status: 200, headers }));
const failing = () => apiPromise<never>(Promise.reject(new Error('no')));

expectNoUnhandledRejections();

describe('apiPromise', () => {
  it('awaits to the body, and withResponse() gives the body with its status and headers', async () => {
    const call = answered({ Id: 1 });
    expect(call).toBeInstanceOf(Promise);
    expect(await call).toEqual({ Id: 1 });
    const { data, status, headers: received } = await call.withResponse();
    expect({ data, status }).toEqual({ data: { Id: 1 }, status: 200 });
    expect(received.get('x-ratelimit-remaining')).toBe('59');
  });

  it('works where a promise does: then, catch, finally, Promise.all, await of a null body', async () => {
    expect(await answered(2).then((n) => n * 2)).toBe(4);
    expect(await Promise.all([answered('a'), answered(null)])).toEqual(['a', null]);
    let settled = false;
    await answered(1).finally(() => (settled = true));
    expect(settled).toBe(true);
    expect(await failing().catch((error: Error) => error.message)).toBe('no');
    await expect(failing()).rejects.toThrow('no');
  });

  it('rejects withResponse() as it rejects, and using only withResponse() leaves no unhandled rejection', async () => {
    await expect(failing().withResponse()).rejects.toThrow('no');
    await new Promise((resolve) => setTimeout(resolve, 20));
  });

  it('mapData reads the body and keeps the answer', async () => {
    const first = mapData(answered([{ id: 3 }]), (list) => list[0]);
    expect(await first).toEqual({ id: 3 });
    expect((await first.withResponse()).headers).toBe(headers);
  });
});

import { useSandbox } from '@chatapi/sandbox/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { type FaultServer, startFaultServer } from './fault-server.js';

const sandbox = useSandbox({ api: 'nexudus', seed: 'demo' });
let server: FaultServer;
afterEach(() => server?.close());

describe('the fault server', () => {
  it('resets, delays, answers 429 with Retry-After, 503, then forwards to the sandbox', async () => {
    server = await startFaultServer(
      [
        { reset: true },
        { delayMs: 150, after: { status: 429, headers: { 'retry-after': '2' }, json: { message: 'slow down' } } },
        { status: 503, body: '' },
      ],
      { fallback: { forwardTo: new URL(sandbox().url).origin } },
    );
    const url = `${server.url}/api/support/chatrooms/1234567`;
    await expect(fetch(url)).rejects.toThrow();

    const started = performance.now();
    const limited = await fetch(url);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');

    expect((await fetch(url)).status).toBe(503);
    const real = await fetch(url, {
      headers: { authorization: `Basic ${Buffer.from('admin@example.com:sandbox').toString('base64')}` },
    });
    expect(real.status).toBe(200);
    expect((await real.json()).Id).toBe(1234567);
    expect(server.requests.map((request) => request.url)).toEqual(Array(4).fill('/api/support/chatrooms/1234567'));
  });

  it('sends an HTML error page, and JSON cut off mid-way', async () => {
    server = await startFaultServer([{ html: 502 }, { truncatedJson: { Records: [{ Id: 1 }, { Id: 2 }] } }]);
    const page = await fetch(server.url);
    expect(page.status).toBe(502);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<h1>502</h1>');

    const cut = await fetch(server.url);
    await expect(cut.json()).rejects.toThrow();
  });

  it('records the body of each request', async () => {
    server = await startFaultServer([{ status: 204 }]);
    await fetch(server.url, { method: 'POST', body: 'grant_type=password' });
    expect(server.requests[0]).toMatchObject({ method: 'POST', body: 'grant_type=password' });
  });
});

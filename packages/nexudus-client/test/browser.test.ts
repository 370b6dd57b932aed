// The client as a browser app uses it: bundled for browsers, served from a
// port of its own, and run in Chromium against a sandbox on another port, so
// every call is cross-origin and Basic auth makes each one preflighted.
import { fileURLToPath } from 'node:url';
import { useSandbox } from '@chatapi/test-harness';
import { bundleForBrowsers, launchChromium, type ServedPage, servePage } from '@chatapi/test-harness/browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Client from '../src/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const sandbox = useSandbox({ api: 'nexudus' });
const elsewhere = useSandbox({ api: 'nexudus', corsOrigins: ['https://app.example.com'] });

type InPage = { chatapi: typeof Client };
let browser: Browser;
let served: ServedPage;
let page: Page;
beforeAll(async () => {
  const { code } = await bundleForBrowsers(
    `import * as chatapi from './dist/index.js'; globalThis.chatapi = chatapi;`,
    packageDir,
    { minify: false },
  );
  served = await servePage({
    '/': '<!doctype html><title>app</title><script type="module" src="/app.js"></script>',
    '/app.js': code,
  });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(served.url);
  await page.waitForFunction(() => 'chatapi' in globalThis);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('@chatapi/nexudus-client in Chromium, on another origin than the sandbox', () => {
  it('reads, creates and gets typed errors, with preflighted Basic auth', async () => {
    const result = await page.evaluate(async (baseUrl) => {
      const { createNexudusClient, NotFoundError } = (globalThis as unknown as InPage).chatapi;
      const client = createNexudusClient({
        baseUrl,
        auth: { basic: { username: 'admin@example.com', password: 'sandbox' } },
      });
      const room = await client.chatRooms.get(1234567);
      const created = await client.chatRooms.create({ BusinessId: 1, Name: 'From a browser' });
      let notFound = false;
      try {
        await client.chatRooms.get(1);
      } catch (error) {
        notFound = error instanceof NotFoundError;
      }
      return { name: room.Name, created: created.Value?.Id, notFound };
    }, sandbox().url);
    expect(result).toEqual({ name: expect.any(String), created: expect.any(Number), notFound: true });
  });

  it('reads Retry-After on a 429 across origins, which a browser hides unless exposed', async () => {
    await sandbox().fault({ kind: 'rate-limit', operationId: 'getChatRoom', times: 1, retryAfterSeconds: 1 });
    const limited = await page.evaluate(async (baseUrl) => {
      const answer = await fetch(`${baseUrl}/api/support/chatrooms/1234567`, {
        headers: { authorization: `Basic ${btoa('admin@example.com:sandbox')}` },
      });
      return { status: answer.status, retryAfter: answer.headers.get('retry-after') };
    }, sandbox().url);
    expect(limited).toEqual({ status: 429, retryAfter: '1' });
  });

  it('cannot read a sandbox that allows other origins only', async () => {
    const failure = await page.evaluate(async (baseUrl) => {
      const { createNexudusClient } = (globalThis as unknown as InPage).chatapi;
      const client = createNexudusClient({ baseUrl, retry: false, auth: { token: 'x' } });
      try {
        await client.chatRooms.get(1234567);
        return 'read it';
      } catch (error) {
        return (error as Error).name;
      }
    }, elsewhere().url);
    expect(failure).not.toBe('read it');
  });
});

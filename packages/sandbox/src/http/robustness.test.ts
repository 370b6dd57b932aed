// Bad input of every kind gets a clear error in the vendor's own format:
// never a crash, never a 500.
import { describe, expect, it } from 'vitest';
import { ADMIN, call, POPSELL, send } from '../testing/client.js';
import { useSandbox } from '../testing/vitest.js';

const nexudus = useSandbox({ api: 'nexudus', seed: 'demo', maxBodyBytes: 2048 });
const popsell = useSandbox({ api: 'popsell', seed: 'demo', maxBodyBytes: 2048 });
const BRAND_3 = { 'X-Popsell-Brand': '3' };

describe('Nexudus', () => {
  it('malformed JSON', async () => {
    const answer = await call(nexudus(), 'createChatRoom', {
      auth: ADMIN,
      body: '{"BusinessId": 1,',
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.Errors[0]).toMatchObject({
      PropertyName: 'Body',
      Message: expect.stringContaining('is not valid JSON'),
    });
  });

  it('a wrong content type, and no body at all', async () => {
    const xml = await call(nexudus(), 'createChatRoom', {
      auth: ADMIN,
      body: '<BusinessId>1</BusinessId>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(xml.body.Errors[0]).toEqual({
      PropertyName: 'Content-Type',
      Message: 'must be application/json',
      AttemptedValue: 'application/xml',
    });
    const empty = await call(nexudus(), 'createChatRoom', {
      auth: ADMIN,
      headers: { 'content-type': 'application/json' },
    });
    // An empty body is told the fields it needs, not only that it is empty.
    expect(empty.body.Errors[0]).toMatchObject({ PropertyName: 'BusinessId', Message: 'is a required field' });
  });

  it('an oversized body, and JSON that is not an object', async () => {
    const big = await call(nexudus(), 'createChatRoom', {
      auth: ADMIN,
      json: { BusinessId: 1, Name: 'x'.repeat(5000) },
    });
    expect(big.status).toBe(400);
    expect(big.body.Message).toContain('larger than the 2048-byte limit');
    for (const json of [[1, 2], 'text', null, 42]) {
      const answer = await call(nexudus(), 'createChatRoom', { auth: ADMIN, json });
      expect(answer.status, JSON.stringify(json)).toBe(400);
    }
  });

  it("an unknown route is a 404 in ASP.NET's words (a wrong method on a known one is a 405: hostile-input.test.ts)", async () => {
    for (const [method, path] of [
      ['GET', '/api/support/nothing'],
      ['GET', '/'],
    ]) {
      const answer = await send(nexudus(), method!, path!, { auth: ADMIN });
      expect(answer.status).toBe(404);
      expect(answer.body.Message).toContain('No HTTP resource was found');
    }
  });

  it('the sandbox still answers after all of it', async () => {
    expect((await call(nexudus(), 'getChatRoom', { auth: ADMIN, path: { Id: 1234567 } })).status).toBe(200);
  });
});

describe('Popsell', () => {
  const patch = (request: Parameters<typeof call>[2]) =>
    call(popsell(), 'updateChatroom', { auth: POPSELL, headers: BRAND_3, path: { id: 8 }, ...request });

  it('malformed JSON, a wrong content type, an oversized body: 422 with the field named', async () => {
    const malformed = await patch({
      body: '{"established_dialogue":',
      headers: { ...BRAND_3, 'content-type': 'application/json' },
    });
    expect(malformed).toMatchObject({
      status: 422,
      body: { errors: { body: [expect.stringContaining('is not valid JSON')] } },
    });
    const text = await patch({
      body: 'established_dialogue=now',
      headers: { ...BRAND_3, 'content-type': 'text/plain' },
    });
    expect(text.body.errors['Content-Type']).toEqual(['The Content-Type field must be application/json.']);
    const big = await patch({ json: { established_dialogue: 'x'.repeat(5000) } });
    expect(big.status).toBe(422);
  });

  it('an unknown route is a 404 with a message', async () => {
    const answer = await send(popsell(), 'GET', '/api/v2/chat/nothing', { auth: POPSELL });
    expect(answer).toMatchObject({ status: 404, body: { message: expect.any(String) } });
  });
});

describe('HTTP that Node cannot parse', () => {
  it('gets a 400 and a closed connection, and the server lives on', async () => {
    const { connect } = await import('node:net');
    const { port } = new URL(nexudus().url);
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('NONSENSE / HTTP/9.9\r\n\r\n'));
      let data = '';
      socket.on('data', (chunk) => (data += chunk));
      socket.on('close', () => resolve(data));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await call(nexudus(), 'getChatRoom', { auth: ADMIN, path: { Id: 1234567 } })).status).toBe(200);
  });
});

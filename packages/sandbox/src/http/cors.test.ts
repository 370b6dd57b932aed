// Browsers on another origin: the policy, and the sandbox answering preflights and reads over HTTP.
import { describe, expect, it } from 'vitest';
import { useSandbox } from '../testing/vitest.js';
import { corsPolicy } from './cors.js';

describe('corsPolicy', () => {
  const byDefault = corsPolicy(undefined, ['Retry-After', 'x-sandbox-ignored-fields', 'retry-after']);

  it('allows any loopback origin by default, and no other', () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'https://[::1]:3000', 'http://localhost'])
      expect(byDefault.answerHeaders(origin)?.['access-control-allow-origin'], origin).toBe(origin);
    for (const origin of ['http://example.com', 'http://localhost.evil.test', 'http://127.0.0.1.evil.test', 'null'])
      expect(byDefault.answerHeaders(origin), origin).toBeUndefined();
    expect(byDefault.answerHeaders(undefined)).toBeUndefined();
  });

  it('exposes each header a client reads once, and varies on the origin', () => {
    expect(byDefault.answerHeaders('http://localhost:1')).toMatchObject({
      'access-control-expose-headers': 'retry-after, x-sandbox-ignored-fields',
      vary: 'Origin',
    });
  });

  it('allows exactly the origins given, or any with *', () => {
    const listed = corsPolicy(['https://app.example.com/'], []);
    expect(listed.answerHeaders('https://app.example.com')).toBeDefined();
    expect(listed.answerHeaders('http://localhost:5173')).toBeUndefined();
    expect(corsPolicy('*', []).answerHeaders('https://anywhere.example')).toBeDefined();
  });

  it('answers a preflight with the path methods and the headers the page asked for', () => {
    expect(
      byDefault.preflightHeaders('http://localhost:5173', ['GET', 'HEAD', 'POST'], 'authorization, content-type', true),
    ).toMatchObject({
      'access-control-allow-methods': 'GET, HEAD, POST',
      'access-control-allow-headers': 'authorization, content-type',
      'access-control-allow-private-network': 'true',
      'access-control-max-age': '600',
    });
    expect(byDefault.preflightHeaders('http://evil.test', ['GET'], undefined, false)).toBeUndefined();
  });
});

describe('over HTTP', () => {
  const sandbox = useSandbox({ api: 'nexudus', seed: 'demo' });
  const preflight = (origin: string, path = '/api/support/chatrooms/1234567') =>
    fetch(`${sandbox().url}${path}`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });

  it('answers a preflight from a loopback page 204, with what it may send', async () => {
    const answer = await preflight('http://localhost:5173');
    expect(answer.status).toBe(204);
    expect(Object.fromEntries(answer.headers)).toMatchObject({
      'access-control-allow-origin': 'http://localhost:5173',
      'access-control-allow-methods': 'DELETE, GET, HEAD',
      'access-control-allow-headers': 'authorization',
    });
  });

  it('refuses a preflight from another origin 403 in the vendor format, and says how to allow it', async () => {
    const answer = await preflight('https://evil.example');
    expect(answer.status).toBe(403);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect((await answer.json()).Message).toContain('--cors-origin');
  });

  it('lets a loopback page read answers and the headers clients need, errors included', async () => {
    const answer = await fetch(`${sandbox().url}/api/support/chatrooms/1`, {
      headers: { origin: 'http://127.0.0.1:3000', authorization: 'Basic YWRtaW5AZXhhbXBsZS5jb206c2FuZGJveA==' },
    });
    expect(answer.status).toBe(404);
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000');
    expect(answer.headers.get('access-control-expose-headers')).toContain('retry-after');
  });

  it('answers a preflight to the admin API, for a browser test that drives it', async () => {
    const answer = await fetch(`${new URL(sandbox().url).origin}/__sandbox/faults`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-methods')).toBe('DELETE, GET, POST, PUT');
  });

  it('answers a plain OPTIONS with Allow, and an unknown path 404', async () => {
    const plain = await fetch(`${sandbox().url}/api/support/chatrooms`, { method: 'OPTIONS' });
    expect(plain.status).toBe(204);
    expect(plain.headers.get('allow')).toBe('GET, HEAD, POST, PUT');
    expect((await preflight('http://localhost:5173', '/api/nowhere')).status).toBe(404);
  });
});

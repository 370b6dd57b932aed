// The docs server sends each file as the build precompressed it, as the
// reader's browser accepts, and lets a browser keep what it already has.
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_DIR, serveDocs } from '../src/serve.js';

let server: Awaited<ReturnType<typeof serveDocs>>;
beforeAll(async () => {
  server = await serveDocs({ port: 0 });
});
afterAll(() => server.close());

/** A GET with the given headers; node:http, since fetch would decompress and hide the encoding. */
function get(file: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      request(`${server.url}/${file}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('the docs server', () => {
  it('sends brotli to a browser that takes it, gzip to one that takes only gzip, and the file as it is otherwise', async () => {
    const original = await readFile(path.join(DOCS_DIR, 'redoc.standalone.js'));
    const br = await get('redoc.standalone.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(original.length / 3);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
    const gz = await get('redoc.standalone.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original)).toBe(true);
    const plain = await get('redoc.standalone.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
    for (const answer of [br, gz, plain]) expect(answer.headers.vary).toBe('accept-encoding');
    expect(plain.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('answers 304 to a browser that has the file already', async () => {
    const first = await get('nexudus.html', { 'accept-encoding': 'br' });
    const again = await get('nexudus.html', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const otherEncoding = await get('nexudus.html', {
      'accept-encoding': 'gzip',
      'if-none-match': String(first.headers.etag),
    });
    expect(otherEncoding.status).toBe(200);
  });

  it('answers a malformed path 400 and goes on serving', async () => {
    expect((await get('%E0%A4%A')).status).toBe(400);
    expect((await get('index.html')).status).toBe(200);
  });
});

// A static file server for the built docs, on loopback by default: what
// `pnpm start` serves on 8080 and what the browser test opens.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DOCS_DIR = fileURLToPath(new URL('../dist/', import.meta.url));
/** The folder of dist/ with the local flavour: samples that call the sandboxes on their default ports. */
export const LOCAL_FLAVOUR = 'local';
export const LOCAL_DOCS_DIR = path.join(DOCS_DIR, LOCAL_FLAVOUR);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.yaml': 'application/yaml; charset=utf-8',
  '.png': 'image/png',
};

/** The encodings the build wrote, best first. */
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
];

export async function serveDocs({ port = 8080, host = '127.0.0.1', root = DOCS_DIR } = {}) {
  const server = createServer(async (request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://docs').pathname);
    } catch {
      // A malformed escape (`/%E0`) is the client's mistake, not a reason for the server to fall over.
      return response.writeHead(400, { 'content-type': 'text/plain' }).end('bad path');
    }
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(path.resolve(root))) return response.writeHead(404).end();
    const found = await stat(file).catch(() => undefined);
    if (!found?.isFile()) return response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    // The build compressed every text file ahead of time (src/precompress.js): send the smallest the reader takes.
    const accepted = String(request.headers['accept-encoding'] ?? '');
    let sent = { file, size: found.size, encoding: undefined };
    for (const [encoding, extension] of ENCODINGS) {
      if (!new RegExp(`\\b${encoding}\\b`).test(accepted)) continue;
      const compressed = await stat(`${file}${extension}`).catch(() => undefined);
      if (compressed?.isFile()) {
        sent = { file: `${file}${extension}`, size: compressed.size, encoding };
        break;
      }
    }
    // A validator, so that the second reference takes Redoc's script from the cache (a 304, not 2.3 MB again).
    const etag = `"${found.size.toString(36)}-${Math.round(found.mtimeMs).toString(36)}${sent.encoding ? `-${sent.encoding}` : ''}"`;
    const headers = {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      vary: 'accept-encoding',
      etag,
      'last-modified': found.mtime.toUTCString(),
      'cache-control': 'no-cache',
    };
    if (request.headers['if-none-match'] === etag) return response.writeHead(304, headers).end();
    response.writeHead(200, {
      ...headers,
      'content-length': sent.size,
      ...(sent.encoding ? { 'content-encoding': sent.encoding } : {}),
    });
    createReadStream(sent.file).pipe(response);
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, host, () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

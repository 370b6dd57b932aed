// Debian's Chromium, headless, launched the one way every browser test here
// launches it, and a page served from its own loopback port (so that anything
// it calls on another port is cross-origin, as a real app's calls are). The
// tests need Chromium: they fail, never skip, without it (.ci/run installs it).
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '@chatapi/tools/chromium';
import { type Browser, chromium } from 'playwright-core';

export { CHROMIUM_FLAGS, CHROMIUM_PATH };

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

export interface ServedPage {
  /** The page's URL; its origin is `http://127.0.0.1:<its own port>`. */
  url: string;
  close(): Promise<void>;
}

/** Serves `files` (path to content; `/` is the page) from a port of its own on 127.0.0.1. */
export async function servePage(files: Record<string, string>): Promise<ServedPage> {
  const types: Record<string, string> = { html: 'text/html', js: 'text/javascript' };
  const server = createServer((request, response) => {
    const body = files[request.url ?? '/'];
    if (body === undefined) return response.writeHead(404).end();
    const extension = request.url === '/' ? 'html' : (request.url?.split('.').pop() ?? '');
    response.writeHead(200, { 'content-type': `${types[extension] ?? 'text/plain'}; charset=utf-8` }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export { bundleForBrowsers } from '@chatapi/tools/bundle-size';

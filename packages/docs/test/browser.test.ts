// The built docs in a real browser (Debian's Chromium, headless): nothing
// leaves localhost, nothing logs an error, every operation renders with its
// samples, and the search finds "ChatRoom". Screenshots of each page go to
// test-results/ as artifacts. The test needs Chromium; it fails, never skips,
// without it (.ci/run installs it).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@chatapi/test-harness/browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDocs } from '../src/serve.js';
import { documentedOperations } from './documented-operations.js';

const artifacts = fileURLToPath(new URL('../test-results/', import.meta.url));

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDocs>>;
beforeAll(async () => {
  await mkdir(artifacts, { recursive: true });
  server = await serveDocs({ port: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and records every request and every console error or page error. */
async function open(file: string) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/${file}`, { waitUntil: 'networkidle' });
  return { page, requests, errors };
}

// What a reader sees: Playwright's innerText leaves out hidden text, which textContent would count.
// biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator, not a DOM node
const visibleText = (page: Page, selector: string) => page.locator(selector).innerText();

const offsite = (requests: string[]) =>
  requests.filter((url) => !/^(data|blob|about):/.test(url) && new URL(url).hostname !== '127.0.0.1');

describe('the docs in Chromium', () => {
  it('the landing page links to both references and bundles, all of which load', async () => {
    const { page, requests, errors } = await open('index.html');
    await page.screenshot({ path: path.join(artifacts, 'index.png'), fullPage: true });
    const links = await page.$$eval('a', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    // Our own links must load; the others are the vendors' pages that the deprecation notice cites (not fetched:
    // this machine has no way out), over https.
    const own = links.filter((link) => link.startsWith(server.url));
    expect(own.length).toBeGreaterThanOrEqual(6);
    for (const link of own) expect((await fetch(link)).status, link).toBe(200);
    for (const link of links.filter((candidate) => !own.includes(candidate)))
      expect(link).toMatch(/^https:\/\/developers\.nexudus\.com\//);
    expect(offsite(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const api of ['nexudus', 'popsell']) {
    it(`${api}.html: stays on localhost, logs no error, renders every operation with its samples`, async () => {
      const { page, requests, errors } = await open(`${api}.html`);
      await page.screenshot({ path: path.join(artifacts, `${api}.png`) });
      for (const operation of await documentedOperations(api)) {
        const id = operation.route;
        await page.goto(`${server.url}/${api}.html#/${id}`);
        // Redoc shows one operation per route, with its samples behind a language menu.
        const section = page.locator(`[id="${id}"]`).first();
        await section.waitFor({ timeout: 15_000 });
        await expect.poll(() => visibleText(page, 'main'), { timeout: 15_000 }).toContain(operation.summary);
        // The language menu keeps its last choice from one operation to the next.
        for (const [language, shows] of [
          ['curl', 'curl -X'],
          ['TypeScript', `from '@chatapi/${api}-client'`],
        ]) {
          await page
            .locator('[data-testid="dropdown"] button[aria-haspopup="menu"]', { hasText: /^(curl|TypeScript)$/ })
            .first()
            .click();
          await page
            .getByRole('menuitem', { name: language })
            .or(page.getByText(language!, { exact: true }))
            .first()
            .click();
          await expect.poll(() => visibleText(page, 'main'), { timeout: 15_000 }).toContain(shows);
        }
      }
      await page.screenshot({ path: path.join(artifacts, `${api}-last-operation.png`) });
      expect(offsite(requests)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('the search box finds "ChatRoom"', async () => {
    const { page, errors } = await open('nexudus.html');
    // Redoc binds its Ctrl+K shortcut once the page has hydrated.
    const input = page.locator('input[placeholder^="Search"]');
    await expect
      .poll(
        async () => {
          await page.keyboard.press('Control+k');
          return input.count();
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);
    await input.fill('ChatRoom');
    await expect
      .poll(() => visibleText(page, 'body'), { timeout: 15_000 })
      .toContain('Search chat rooms, or find them by Ids');
    await page.screenshot({ path: path.join(artifacts, 'nexudus-search.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});

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

  it('on a phone, the quirks read without scrolling sideways, and an operation links to each quirk that shapes it', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${server.url}/nexudus.html#/section/quirks`);
    const quirk = page.locator('[id="quirk-n1"]');
    await quirk.waitFor({ timeout: 15_000 });
    const overflow = await page.evaluate(() => {
      const section = document.getElementById('section/quirks')?.parentElement?.parentElement ?? document.body;
      const wide = [...section.querySelectorAll('*')].filter((node) => node.scrollWidth > node.clientWidth + 1);
      return { page: document.documentElement.scrollWidth - window.innerWidth, wide: wide.map((node) => node.tagName) };
    });
    expect(overflow.page).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(artifacts, 'nexudus-quirks-phone.png') });

    await page.goto(`${server.url}/nexudus.html#/chatusermessage/getchatusermessage`);
    const link = page.locator('main a[href="#/section/quirks#quirk-n19"]').first();
    await link.waitFor({ timeout: 15_000 });
    await link.click();
    const target = page.locator('[id="quirk-n19"]');
    await target.waitFor({ timeout: 15_000 });
    // The quirk's block, not the top of the section, is what the reader lands on.
    await expect
      .poll(() => target.evaluate((node) => Math.round(node.getBoundingClientRect().top)), { timeout: 15_000 })
      .toBeLessThan(200);
    await expect
      .poll(() => target.evaluate((node) => node.getBoundingClientRect().top), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(-5);
    await page.close();
  });

  for (const width of [390, 1400]) {
    it(`at ${width} px, code wraps instead of running off its panel, and Redoc's copy button covers none of it`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${server.url}/nexudus.html#/chatroom/createchatroom`);
      const sample = page.locator('pre[data-component-name="CodeBlock/CodeBlockContainer"]', {
        hasText: 'curl -X POST',
      });
      await sample.waitFor({ timeout: 15_000 });
      const layout = await sample.evaluate((pre) => {
        const button = pre.parentElement?.parentElement?.querySelector('[data-testid="copy-button"]');
        const box = button?.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(pre);
        const covered = [...range.getClientRects()].filter(
          (line) =>
            box &&
            line.width > 0 &&
            line.left < box.right &&
            line.right > box.left &&
            line.top < box.bottom &&
            line.bottom > box.top,
        );
        return { button: Boolean(box), overflow: pre.scrollWidth - pre.clientWidth, covered: covered.length };
      });
      expect(layout).toEqual({ button: true, overflow: 0, covered: 0 });
      await page.close();
    });
  }

  it("the guides' code blocks each have a copy button that copies the block", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${server.url}/popsell.html#/section/how-to-authenticate`);
    const blocks = page.locator('main pre:not([data-component-name])');
    await blocks.first().waitFor({ timeout: 15_000 });
    const count = await blocks.count();
    expect(count).toBeGreaterThanOrEqual(4);
    expect(await page.locator('main .chatapi-code > pre').count()).toBe(count);
    const guideCurl = page.locator('main .chatapi-code', { hasText: 'curl -sS' }).first();
    const shown = (await guideCurl.locator('pre').textContent()) ?? '';
    await guideCurl.getByRole('button', { name: 'Copy this code' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 5_000 })
      .toBe(shown.trimEnd());
    expect(shown).toContain('X-Popsell-Brand');
    expect(errors).toEqual([]);
    await context.close();
  });

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

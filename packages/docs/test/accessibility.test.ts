// axe-core in Chromium finds no serious or critical violation on the landing
// page and on each reference as it opens, in light and in dark mode (Redoc's
// own switch, kept in localStorage), nor on any operation's deep link in
// either mode with every nested schema expanded (each level of nesting has a
// colour of its own); every deep link has an h1.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launchChromium } from '@chatapi/test-harness/browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDocs } from '../src/serve.js';
import { documentedOperations } from './documented-operations.js';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDocs>>;
beforeAll(async () => {
  server = await serveDocs({ port: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Violation = { id: string; impact: string; nodes: { target: string[] }[] };

/** The serious and critical violations on the page as it is now (or in the element `within`), one line each. */
async function seriousViolations(page: Page, where: string, within?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(
    (selector) =>
      (window as unknown as { axe: { run(context: Element | Document): Promise<{ violations: unknown[] }> } }).axe
        .run(selector ? document.querySelector(selector)! : document)
        .then((result) => result.violations),
    within,
  )) as Violation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${where}: ${violation.id} (${violation.impact}) at ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

async function openIn(mode: 'light' | 'dark', file: string) {
  const context = await browser.newContext({ colorScheme: mode, viewport: { width: 1400, height: 900 } });
  await context.addInitScript((chosen) => localStorage.setItem('redoc.colorMode', chosen), mode);
  const page = await context.newPage();
  await page.goto(`${server.url}/${file}`, { waitUntil: 'networkidle' });
  return { page, close: () => context.close() };
}

describe('accessibility (axe-core)', () => {
  for (const mode of ['light', 'dark'] as const) {
    it(`${mode}: the landing page has no serious or critical violation`, async () => {
      const { page, close } = await openIn(mode, 'index.html');
      expect(await seriousViolations(page, 'index.html')).toEqual([]);
      await close();
    });

    for (const api of ['nexudus', 'popsell']) {
      it(`${mode}: ${api}.html has no serious or critical violation, nor has any of its deep links, each of which has an h1`, async () => {
        const { page, close } = await openIn(mode, `${api}.html`);
        const found = await seriousViolations(page, `${api}.html`);
        for (const { route: id } of await documentedOperations(api)) {
          await page.goto(`${server.url}/${api}.html#/${id}`);
          await page.locator(`[id="${id}"]`).first().waitFor({ timeout: 15_000 });
          expect(await page.locator('h1').count(), `${id}: an h1`).toBeGreaterThan(0);
          // Every "Expand all" until none is left. A click turns its button into "Collapse all" a moment later,
          // when React renders, so a button counted may be gone by the time it is clicked: that click is let go
          // and the buttons are counted again.
          const expandAll = page.locator(`[id="${id}"]`).getByRole('button', { name: 'Expand all' });
          await expect
            .poll(
              async () => {
                if ((await expandAll.count()) > 0)
                  await expandAll
                    .first()
                    .click({ timeout: 2_000 })
                    .catch(() => {});
                return expandAll.count();
              },
              { timeout: 15_000 },
            )
            .toBe(0);
          // The operation itself: the menu and the rest of the page are checked above, on the whole page.
          found.push(...(await seriousViolations(page, `${api}.html#/${id}`, `[id="${id}"]`)));
        }
        expect(found).toEqual([]);
        await close();
      }, 300_000);
    }
  }
});

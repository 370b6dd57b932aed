#!/usr/bin/env node
// What a reader on a phone pays for the docs: Debian's Chromium opens the
// first reference, then the second, from the docs server that `pnpm start`
// runs (its precompressed files, as the browser asks), with the network of
// Lighthouse's slow 4G (150 ms round trip, 1.6 Mbit/s down) and a CPU four
// times slower. It counts the bytes that crossed the network and times the
// page until Redoc has hydrated it. The targets are limits: 600 kB and 6 s
// for the first page, 100 kB for the second (Redoc then comes from the cache).
//
//   pnpm --filter @chatapi/bench docs-weight [-- --runs 3]
import { parseArgs } from 'node:util';
import { serveDocs } from '@chatapi/docs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '@chatapi/tools/chromium';
import { chromium } from 'playwright-core';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const LIMITS = { firstKb: 600, secondKb: 100, interactiveSeconds: 6 };
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

const server = await serveDocs({ port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });

/** Opens `pages` in order in one fresh browser context (one cache), each measured. */
async function visit(pages) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let transferred = 0;
  cdp.on('Network.loadingFinished', ({ encodedDataLength }) => {
    transferred += encodedDataLength;
  });
  const figures = [];
  for (const name of pages) {
    transferred = 0;
    await page.goto(`${server.url}/${name}`, { waitUntil: 'load', timeout: 120_000 });
    // Interactive: the page marks the first idle moment after Redoc's hydrate (src/shared-script.js).
    await page.waitForFunction(() => performance.getEntriesByName('redoc-interactive').length > 0, undefined, {
      timeout: 120_000,
    });
    const interactiveMs = await page.evaluate(() => performance.getEntriesByName('redoc-interactive')[0].startTime);
    figures.push({ page: name, kB: Math.round(transferred / 1024), seconds: +(interactiveMs / 1000).toFixed(2) });
  }
  await context.close();
  return figures;
}

const runs = [];
for (let run = 0; run < Number(values.runs); run++) runs.push(await visit(['nexudus.html', 'popsell.html']));
await browser.close();
await server.close();

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const first = { kB: median(runs.map(([one]) => one.kB)), seconds: median(runs.map(([one]) => one.seconds)) };
const second = { kB: median(runs.map(([, two]) => two.kB)), seconds: median(runs.map(([, two]) => two.seconds)) };
console.table([
  {
    page: 'first reference (cold cache)',
    'kB transferred': first.kB,
    'vs limit': +(first.kB / LIMITS.firstKb).toFixed(2),
    'interactive s': first.seconds,
    'vs 6 s': +(first.seconds / LIMITS.interactiveSeconds).toFixed(2),
  },
  {
    page: 'second reference (Redoc cached)',
    'kB transferred': second.kB,
    'vs limit': +(second.kB / LIMITS.secondKb).toFixed(2),
    'interactive s': second.seconds,
  },
]);
const within = first.kB <= LIMITS.firstKb && second.kB <= LIMITS.secondKb && first.seconds <= LIMITS.interactiveSeconds;
console.log(
  `\nmedian of ${runs.length} runs on slow 4G with a 4x slower CPU: ${within ? 'within' : 'over'} the limits`,
);
process.exitCode = within ? 0 : 1;

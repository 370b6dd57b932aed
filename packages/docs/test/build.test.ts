// What the build writes: three pages that load nothing from elsewhere, the
// bundles to download, and code samples on every operation.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { operationsOf } from '@chatapi/specs/catalogue';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR } from '../src/serve.js';

const read = (file: string) => readFile(path.join(DOCS_DIR, file), 'utf8');
const APIS = ['nexudus', 'popsell'] as const;

type Operation = {
  operationId: string;
  deprecated?: boolean;
  description: string;
  'x-required-roles': string[];
  'x-codeSamples': { lang: string; source: string }[];
};
const operationsIn = (doc: { paths: Record<string, Record<string, unknown>> }) =>
  operationsOf<Operation>(doc).map((entry) => entry.operation);

describe('the docs build', () => {
  it('writes the landing page, both references and the bundles to download', async () => {
    const landing = await read('index.html');
    for (const api of APIS) {
      for (const link of [`${api}.html`, `${api}.openapi.yaml`, `${api}.openapi.json`])
        expect(landing).toContain(`href="${link}"`);
      const bundle = JSON.parse(await read(`${api}.openapi.json`));
      expect(landing).toContain(`v${bundle.info.version}`);
    }
  });

  it.each(APIS)(
    "%s: the published samples call production with placeholders, never the sandbox's credentials or commands",
    async (api) => {
      const samples = operationsIn(JSON.parse(await read(`${api}.docs.json`)))
        .flatMap((operation) => operation['x-codeSamples'].map((sample) => sample.source))
        .join('\n');
      for (const local of ['127.0.0.1', 'password=sandbox', "password: 'sandbox'", 'sandbox-token', 'sandbox-api-key'])
        expect(samples).not.toContain(local);
      expect(samples).not.toContain('MARK_DELIVERED');
      expect(samples).toMatch(api === 'nexudus' ? /YOUR_PASSWORD/ : /YOUR_TOKEN/);
      const local = operationsIn(JSON.parse(await read(`local/${api}.docs.json`)))
        .flatMap((operation) => operation['x-codeSamples'].map((sample) => sample.source))
        .join('\n');
      expect(local).not.toMatch(/YOUR_(PASSWORD|TOKEN|API_KEY)/);
      expect(local).toContain('http://127.0.0.1:401');
    },
  );

  it('says on the landing page, before anything else of the API, that Nexudus deprecated its chat and what replaces it', async () => {
    const landing = await read('index.html');
    const nexudus = landing.slice(
      landing.indexOf('id="nexudus"'),
      landing.indexOf('</section>', landing.indexOf('id="nexudus"')),
    );
    expect(nexudus).toMatch(
      /<h2>.*<\/h2>\s*<p class="deprecated"><strong>Deprecated by the vendor: 14 of 15 operations\.<\/strong>/,
    );
    expect(nexudus).toContain(
      '<a href="https://developers.nexudus.com/rest-api/community/get-communitythreads-by-id">CommunityThread</a>',
    );
    expect(landing.slice(landing.indexOf('id="popsell"'))).not.toContain('class="deprecated"');
  });

  it.each(APIS)(
    '%s: the reference opens with a getting-started guide and has errors and changelog sections, linked from the landing page',
    async (api) => {
      const { info } = JSON.parse(await read(`${api}.docs.json`));
      const headings = [...info.description.matchAll(/^## (.+)$/gm)].map((match: RegExpMatchArray) => match[1]);
      expect(headings[0]).toBe('Getting started');
      expect(headings).toEqual(expect.arrayContaining(['Errors', 'Quirks', 'Changelog']));
      expect(info.description).toMatch(/\| 404 \| [^|]+ \| \d+ \| `NotFoundError` \|/);
      expect(info.description).toContain('### Not released yet');
      const landing = await read('index.html');
      for (const section of ['getting-started', 'errors', 'changelog'])
        expect(landing).toContain(`href="${api}.html#/section/${section}"`);
    },
  );

  it.each(APIS)('%s.html loads no script, style or font from another origin', async (api) => {
    const html = await read(`${api}.html`);
    // Redoc itself is one same-origin file for both pages, which import it; the page keeps only its own text.
    expect(html).toContain("import { hydrate } from './redoc.standalone.js';");
    expect(html.length).toBeLessThan(600_000);
    expect((await read('redoc.standalone.js')).length).toBeGreaterThan(1_000_000);
    // Menu links stay on the page before the script has run.
    expect(html).not.toMatch(/href="\/(section|tag|operation)\//);
    expect(html).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import\s+url\(["']?https?:/i);
  });

  it.each(APIS)('%s.html: no two elements share an id (a heading repeated per version once did)', async (api) => {
    const ids = [...(await read(`${api}.html`)).matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(APIS)(
    '%s: every operation has a curl and a TypeScript sample, its roles, and the API its quirks and auth guide',
    async (api) => {
      const doc = JSON.parse(await read(`${api}.docs.json`));
      expect(doc.info.description).toContain('## How to authenticate');
      expect(doc.info.description).toContain('## Quirks');
      // Every row of the ledger, each in its own block, its evidence cited by vendor page and not by seed or sheet.
      const letter = api === 'nexudus' ? 'N' : 'P';
      const ledger = await readFile(new URL('../../../specs/QUIRKS.md', import.meta.url), 'utf8');
      const ids = [...ledger.matchAll(new RegExp(`^\\| (${letter}\\d+) \\|`, 'gm'))].map((match) => match[1]!);
      expect(ids.length).toBeGreaterThan(20);
      const quirks = doc.info.description.slice(doc.info.description.indexOf('## Quirks'));
      for (const id of ids) expect(quirks).toContain(`<div id="quirk-${id.toLowerCase()}" class="quirk">`);
      expect(quirks.slice(0, quirks.indexOf('## Changelog'))).not.toMatch(/\bfacts\b|\bseeds?\b|\b00[0-4]\b/i);
      for (const operation of operationsIn(doc)) {
        const langs = operation['x-codeSamples'].map((sample) => sample.lang);
        expect(langs, operation.operationId).toEqual(['curl', 'TypeScript']);
        for (const role of operation['x-required-roles']) expect(operation.description).toContain(`\`${role}\``);
      }
    },
  );
});

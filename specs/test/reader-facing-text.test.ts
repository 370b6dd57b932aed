// What the published references print (titles, summaries, descriptions, the
// basis of an inference, and the quirk ledger's Quirk and Decision cells)
// names vendor pages, never this project's own source files: a reader has no
// seed 004 and no fact sheet.
import { readFileSync } from 'node:fs';
import { API_NAMES } from '@chatapi/specs/catalogue';
import { describe, expect, it } from 'vitest';
import { loadBundle } from './bundles.js';

const SHORTHAND = /\bseeds?\b|\bfacts\b|\bfact sheet\b|\bthe sheet\b|\b00[0-4]\b/i;
const PRINTED = new Set(['title', 'summary', 'description', 'basis']);

/** Every printed string under `node`, with where it is. Example values are data, and x-sources' `seed` is a key. */
function* printedText(node: unknown, where: string[] = []): Generator<{ where: string; text: string }> {
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'value' || key === 'x-sources') continue;
    if (PRINTED.has(key) && typeof value === 'string') yield { where: [...where, key].join('/'), text: value };
    else yield* printedText(value, [...where, key]);
  }
}

describe.each(API_NAMES)('%s: text the reference prints', (api) => {
  it('cites no seed file and no fact sheet', () => {
    const bundle = loadBundle(api, 'json');
    const shorthand = [...printedText(bundle)].filter(({ text }) => SHORTHAND.test(text));
    expect(shorthand.map(({ where, text }) => `${where}: ${text.match(SHORTHAND)?.[0]}`)).toEqual([]);
  });
});

describe('QUIRKS.md', () => {
  it('Quirk and Decision cells cite no seed file and no fact sheet (the Evidence cell does, for maintainers)', () => {
    const ledger = readFileSync(new URL('../QUIRKS.md', import.meta.url), 'utf8');
    const cells = ledger
      .split('\n')
      .filter((line) => /^\|\s*[NP]\d+\s*\|/.test(line))
      .flatMap((line) => {
        const [id, quirk, , decision] = line.slice(1).split('|');
        return [`${id?.trim()} quirk: ${quirk}`, `${id?.trim()} decision: ${decision}`];
      });
    expect(cells.filter((cell) => SHORTHAND.test(cell))).toEqual([]);
  });
});

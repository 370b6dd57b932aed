// A helper's doc comment says who may call it and where the operation comes from.
import { describe, expect, it } from 'vitest';
import { helperDocLines, provenanceLines } from './doc-comments.js';

const sources = {
  'list-things': { title: 'Vendor: List things', publisher: 'vendor', url: 'https://vendor.example/list' },
  rfc: { title: 'RFC 1', publisher: 'standard', url: 'https://rfc.example/1' },
};

describe('provenanceLines', () => {
  it.each([
    [
      'documented, with an inferred answer and a vendor page (a standard gets no @see)',
      {
        kind: 'documented',
        sources: ['list-things', 'rfc'],
        quirks: ['N1'],
        responses: { 404: { kind: 'inferred', basis: 'The framework answers 404.' } },
      },
      [
        'Documented by the vendor (quirk N1); its 404 answer is inferred.',
        '@see {@link https://vendor.example/list | Vendor: List things}',
      ],
    ],
    [
      'documented, with two inferred answers and one documented',
      {
        kind: 'documented',
        sources: [],
        responses: {
          200: { kind: 'inferred', basis: 'x' },
          400: { kind: 'modelled', basis: 'y' },
          401: { kind: 'documented', sources: [] },
        },
      },
      ['Documented by the vendor; its 200 and 400 answers are inferred.'],
    ],
    [
      'inferred, with its basis and quirks',
      { kind: 'inferred', basis: 'No page shows it; read from the list.', quirks: ['N2', 'N3'] },
      ['Inferred: No page shows it; read from the list. See quirk N2, N3.'],
    ],
    ['modelled', { kind: 'modelled', basis: 'The sandbox needs it.' }, ['Modelled by chatapi: The sandbox needs it.']],
    ['no provenance', undefined, []],
  ])('%s', (_, provenance, lines) => {
    expect(provenanceLines({ 'x-provenance': provenance }, sources)).toEqual(lines);
  });
});

describe('helperDocLines', () => {
  it('puts the summary, the roles, what the helper adds, the provenance and the deprecation in that order', () => {
    const operation = {
      summary: 'List things',
      deprecated: true,
      'x-required-roles': ['Thing-List', 'Thing-Read'],
      'x-provenance': { kind: 'documented', sources: ['list-things'] },
    };
    expect(helperDocLines(operation, ['Yields every record.'], sources)).toEqual([
      'List things',
      'Needs the roles `Thing-List`, `Thing-Read` (or a full administrator).',
      'Yields every record.',
      'Documented by the vendor.',
      '@see {@link https://vendor.example/list | Vendor: List things}',
      '@deprecated Deprecated by the vendor.',
    ]);
    expect(helperDocLines({ summary: 'Get a token' })).toEqual(['Get a token']);
  });
});

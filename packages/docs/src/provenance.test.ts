import { describe, expect, it } from 'vitest';
import { provenanceLine, withProvenance } from './provenance.js';

const sources = {
  page: { title: 'Vendor: Update', publisher: 'vendor', url: 'https://vendor.example/update' },
  rfc: { title: 'RFC 6749', publisher: 'standard' },
};

const bundle = {
  openapi: '3.1.0',
  'x-sources': sources,
  paths: {
    '/things': {
      put: {
        operationId: 'updateThing',
        description: 'Replaces a thing.',
        'x-provenance': {
          kind: 'documented',
          sources: ['page'],
          quirks: ['N1'],
          responses: { '404': { kind: 'inferred', basis: 'The framework answers 404.', quirks: ['N17'] } },
        },
        responses: {
          '200': { description: 'Done.' },
          '401': { $ref: '#/components/responses/Unauthorized' },
          '404': { $ref: '#/components/responses/Unauthorized' },
        },
      },
    },
  },
  components: {
    responses: {
      Unauthorized: {
        description: 'No credentials.',
        'x-provenance': { kind: 'inferred', basis: 'No page says so.', sources: ['rfc'] },
      },
    },
    schemas: {
      Thing: {
        type: 'object',
        description: 'A thing.',
        'x-provenance': { kind: 'modelled', basis: 'One shape for both forms.' },
        properties: { size: { type: 'integer', 'x-provenance': { kind: 'inferred', basis: 'Read from the answer.' } } },
      },
    },
  },
};

describe('provenanceLine', () => {
  it('links the pages of a documented fact and names its quirks', () => {
    expect(provenanceLine({ kind: 'documented', sources: ['page', 'rfc'], quirks: ['N1', 'N2'] }, sources)).toBe(
      '**Documented:** [Vendor: Update](https://vendor.example/update), RFC 6749 (quirk [N1](#/section/quirks#quirk-n1), [N2](#/section/quirks#quirk-n2)).',
    );
  });

  it('gives an inference its basis, and a model its reason', () => {
    expect(provenanceLine({ kind: 'inferred', basis: 'From the framework.', sources: ['rfc'] }, sources)).toBe(
      '**Inferred:** From the framework. Pages it starts from: RFC 6749.',
    );
    expect(provenanceLine({ kind: 'modelled', basis: 'Both forms.', quirks: ['P3'] }, sources, ' (here)')).toBe(
      '**Modelled by this project (here):** Both forms. See quirk [P3](#/section/quirks#quirk-p3).',
    );
  });
});

describe('withProvenance', () => {
  const doc = withProvenance(bundle);
  const operation = doc.paths['/things'].put;

  it('ends each operation, shared response, schema and property description with its line', () => {
    expect(operation.description).toBe(
      'Replaces a thing.\n\n**Documented:** [Vendor: Update](https://vendor.example/update) (quirk [N1](#/section/quirks#quirk-n1)).',
    );
    expect(doc.components.responses.Unauthorized.description).toBe(
      'No credentials.\n\n**Inferred:** No page says so. Pages it starts from: RFC 6749.',
    );
    expect(doc.components.schemas.Thing.description).toBe(
      'A thing.\n\n**Modelled by this project:** One shape for both forms.',
    );
    expect(doc.components.schemas.Thing.properties.size.description).toBe('**Inferred:** Read from the answer.');
  });

  it("prints a status's own provenance on the operation that overrides it, under the shared response's", () => {
    expect(operation.responses['401']).toEqual({ $ref: '#/components/responses/Unauthorized' });
    expect(operation.responses['404'].description).toBe(
      'No credentials.\n\n**Inferred:** No page says so. Pages it starts from: RFC 6749.\n\n**Inferred (404 on this operation):** The framework answers 404. See quirk [N17](#/section/quirks#quirk-n17).',
    );
  });

  it('leaves the bundle it was given as it was', () => {
    expect(bundle.paths['/things'].put.description).toBe('Replaces a thing.');
    expect(bundle.components.responses.Unauthorized.description).toBe('No credentials.');
  });
});

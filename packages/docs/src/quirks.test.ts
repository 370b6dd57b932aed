import { describe, expect, it } from 'vitest';
import { ledgerRows, quirkLink, quirkReach, quirksSection, withQuirkLinks, withQuirkMentionsLinked } from './quirks.js';

const ledger = [
  '| ID | Quirk | Evidence | Decision |',
  '|---|---|---|---|',
  '| N1 | The flag is spelled `Delievered`. | 001; facts Q-N1 | Kept. See N2. |',
  '| N2 | A `\\|` in a cell, and `N1` in code. | facts A1.1 | Both, as N1 says. |',
  '| N3 | The server is a placeholder. | 004 | A variable. |',
  '| P1 | Not this API. | 003 | - |',
].join('\n');

const bundle = {
  servers: [
    { url: 'https://{domain}', 'x-provenance': { kind: 'modelled', basis: 'One per customer.', quirks: ['N3'] } },
  ],
  'x-sources': {
    update: { title: 'Vendor: Update', publisher: 'vendor', url: 'https://vendor.example/update', seed: '001' },
    list: { title: 'Vendor: List', publisher: 'vendor', url: 'https://vendor.example/list' },
    rfc: { title: 'RFC 6749', publisher: 'standard' },
    older: { title: 'Vendor: Older', publisher: 'vendor', seed: '004' },
  },
  security: [{ basic: [] }],
  paths: {
    '/things': {
      get: {
        operationId: 'listThings',
        tags: ['Thing'],
        summary: 'List things',
        'x-provenance': { kind: 'documented', sources: ['list'] },
        responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
      },
      post: {
        operationId: 'createThing',
        tags: ['Thing'],
        summary: 'Create a thing',
        security: [{ token: [] }],
        'x-provenance': { kind: 'documented', sources: ['update'] },
        responses: { '200': { description: 'Done.' } },
      },
    },
  },
  components: {
    securitySchemes: {
      basic: { type: 'http', scheme: 'basic', 'x-provenance': { kind: 'inferred', sources: ['rfc'], quirks: ['N2'] } },
      token: { type: 'http', scheme: 'bearer' },
    },
    schemas: {
      Thing: {
        type: 'object',
        properties: {
          Delievered: { type: 'boolean', 'x-provenance': { kind: 'documented', sources: ['list'], quirks: ['N1'] } },
          again: { $ref: '#/components/schemas/Thing' },
        },
      },
    },
  },
};

describe('ledgerRows', () => {
  it("reads one API's rows, a `\\|` kept inside its cell", () => {
    expect(ledgerRows(ledger, 'N').map((row) => row.id)).toEqual(['N1', 'N2', 'N3']);
    expect(ledgerRows(ledger, 'N')[1]).toEqual({
      id: 'N2',
      quirk: 'A `|` in a cell, and `N1` in code.',
      evidence: 'facts A1.1',
      decision: 'Both, as N1 says.',
    });
  });
});

describe('quirkReach', () => {
  it("finds the operations a quirk shapes through $refs (recursive ones too) and security schemes, and its facts' pages", () => {
    const reach = quirkReach(bundle);
    expect(reach.get('N1')?.operations.map((operation) => operation.operationId)).toEqual(['listThings']);
    expect([...(reach.get('N1')?.pages ?? [])]).toEqual(['list']);
    // The root security applies to listThings; createThing names its own.
    expect(reach.get('N2')?.operations.map((operation) => operation.operationId)).toEqual(['listThings']);
    expect(reach.get('N3')?.everywhere).toBe(true);
  });
});

describe('withQuirkMentionsLinked', () => {
  it('links the ids of known quirks outside code spans', () => {
    expect(withQuirkMentionsLinked('See N2 and P9, not `N2`.', new Set(['N2']))).toBe(
      `See [N2](${quirkLink('N2')}) and P9, not \`N2\`.`,
    );
  });
});

describe('quirksSection', () => {
  const section = quirksSection(ledger, 'nexudus', bundle, quirkReach(bundle));

  it('gives each quirk an anchored block, the route to it inside the Quirks section', () => {
    expect(quirkLink('N12')).toBe('#/section/quirks#quirk-n12');
    for (const id of ['n1', 'n2', 'n3']) expect(section).toContain(`<div id="quirk-${id}" class="quirk">`);
    expect(section).not.toContain('quirk-p1');
    expect(section).not.toMatch(/^\|/m);
  });

  it("cites the vendor pages of the row's seeds and of its facts, vendor pages first, never the ledger's shorthand", () => {
    expect(section).toContain(
      '**Vendor pages:** [Vendor: Update](https://vendor.example/update), [Vendor: List](https://vendor.example/list).',
    );
    expect(section).toContain('**Vendor pages:** RFC 6749.');
    expect(section).toContain('**Vendor pages:** Vendor: Older.');
    expect(section).not.toMatch(/facts|\b00\d\b/);
  });

  it('links the operations each quirk shapes, and the quirks a decision mentions', () => {
    expect(section).toContain('**Shapes:** [List things](#/thing/listthings).');
    expect(section).toContain('**Shapes:** every operation.');
    expect(section).toContain(`**Decision:** Kept. See [N2](${quirkLink('N2')}).`);
  });

  it('refuses a quirk that cites no page', () => {
    expect(() =>
      quirksSection(ledger.replace('| 004 |', '| facts B1 |'), 'nexudus', bundle, quirkReach(bundle)),
    ).toThrow(/N3 cites no page/);
  });
});

describe('withQuirkLinks', () => {
  it('ends each operation that a quirk shapes with links to its quirks, in ledger order', () => {
    const linked = withQuirkLinks(bundle, quirkReach(bundle));
    expect(linked.paths['/things'].get.description).toBe(
      `**Quirks that shape it:** [N1](${quirkLink('N1')}), [N2](${quirkLink('N2')}).`,
    );
    expect(linked.paths['/things'].post.description).toBeUndefined();
    expect(bundle.paths['/things'].get).not.toHaveProperty('description');
  });
});

import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { apiNames, bundlePaths, loadBundle } from './bundles.js';
import { countExamples, findInvalidExamples } from './openapi-examples.js';

describe.each(apiNames)('%s bundles', (api) => {
  it.each(['yaml', 'json', 'deref'] as const)('the %s bundle is a valid OpenAPI 3.1 document', async (form) => {
    const result = await new Validator().validate(bundlePaths(api)[form]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(loadBundle(api, form).openapi).toBe('3.1.0');
  });

  it('the three forms describe the same API', () => {
    const yaml = loadBundle(api, 'yaml');
    expect(loadBundle(api, 'json')).toEqual(yaml);
    const deref = loadBundle(api, 'deref');
    expect(Object.keys(deref.paths)).toEqual(Object.keys(yaml.paths));
    expect(JSON.stringify(deref)).not.toContain('"$ref"');
  });

  it('every example validates against its schema', () => {
    const doc = loadBundle(api, 'deref');
    expect(countExamples(doc)).toBeGreaterThan(10);
    expect(findInvalidExamples(doc)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('the OpenAPI validator rejects a document that breaks the 3.1 schema', async () => {
    const broken = { openapi: '3.1.0', info: { title: 'x' }, paths: {} };
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it('the example check reports a media-type, a parameter and a schema example that do not fit', () => {
    const doc = {
      paths: {
        '/rooms/{id}': {
          parameters: [{ name: 'id', in: 'path', schema: { type: 'integer' }, example: 'seven' }],
          get: {
            responses: {
              '200': {
                content: {
                  'application/json': {
                    schema: { type: 'object', required: ['Id'], properties: { Id: { type: 'integer' } } },
                    examples: { good: { value: { Id: 1 } }, bad: { value: { Id: '1' } } },
                  },
                },
              },
            },
          },
        },
      },
      components: { schemas: { Stamp: { type: 'string', pattern: '^\\d{4}$', examples: ['2024', '24'] } } },
    };
    expect(findInvalidExamples(doc).map((failure) => failure.pointer)).toEqual([
      '#/paths/~1rooms~1{id}/parameters/0/example',
      '#/paths/~1rooms~1{id}/get/responses/200/content/application~1json/examples/bad/value',
      '#/components/schemas/Stamp/examples/1',
    ]);
  });
});

describe('the published package', () => {
  it('exports each bundle under its own name, and every export resolves to a built file', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const exported = Object.keys(manifest.exports).filter((key) => key.includes('openapi'));
    expect(exported.sort()).toEqual(
      apiNames.flatMap((api) => Object.values(bundlePaths(api)).map((file) => `./${file.split('/').pop()}`)).sort(),
    );
    const targets = Object.values<string | Record<string, string>>(manifest.exports).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target),
    );
    for (const target of targets) expect(existsSync(new URL(`../${target}`, import.meta.url)), target).toBe(true);
    expect(manifest.files).toContain('dist');
    expect(manifest.private).toBeUndefined();
  });
});

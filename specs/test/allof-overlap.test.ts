// No allOf declares a property that another of its parts declares too.
// openapi-typescript intersects the parts, and an intersection of two array
// types loses its records' type inside `.map` and `.filter` (the Popsell
// paginator's generic `data` once made every record `never` there).
import { describe, expect, it } from 'vitest';
import { apiNames, loadBundle } from './bundles.js';

type Json = Record<string, any>;

/** `path: property (parts i and j)` for each property two parts of one allOf declare. */
function allOfOverlaps(doc: Json): string[] {
  const resolve = (schema: Json): Json =>
    schema.$ref
      ? resolve(
          schema.$ref
            .split('/')
            .slice(1)
            .reduce((node: Json, key: string) => node[key], doc),
        )
      : schema;
  const found: string[] = [];
  const walk = (node: unknown, pointer: string) => {
    if (!node || typeof node !== 'object') return;
    const schema = node as Json;
    if (Array.isArray(schema.allOf)) {
      const declaredBy = new Map<string, number>();
      schema.allOf.forEach((part: Json, index: number) => {
        for (const name of Object.keys(resolve(part).properties ?? {})) {
          const earlier = declaredBy.get(name);
          if (earlier === undefined) declaredBy.set(name, index);
          else found.push(`${pointer}: ${name} (parts ${earlier} and ${index})`);
        }
      });
    }
    for (const [key, value] of Object.entries(schema))
      if (key !== 'example' && key !== 'examples') walk(value, `${pointer}/${key}`);
  };
  walk(doc, '#');
  return found;
}

describe.each(apiNames)('%s schemas', (api) => {
  it('declare each property of an allOf in one part only', () => {
    expect(allOfOverlaps(loadBundle(api, 'json'))).toEqual([]);
  });
});

describe('allOfOverlaps', () => {
  it('finds a property two parts declare, through a $ref', () => {
    const doc = {
      components: { schemas: { Base: { properties: { data: { type: 'array' }, total: {} } } } },
      paths: {
        '/x': { get: { schema: { allOf: [{ $ref: '#/components/schemas/Base' }, { properties: { data: {} } }] } } },
      },
    };
    expect(allOfOverlaps(doc)).toEqual(['#/paths//x/get/schema: data (parts 0 and 1)']);
  });
});

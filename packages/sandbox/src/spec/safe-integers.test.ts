import { describe, expect, it } from 'vitest';
import { createAjv } from './ajv.js';
import { withSafeIntegers } from './safe-integers.js';

describe('withSafeIntegers', () => {
  const schema = {
    type: 'object',
    properties: {
      plain: { type: 'integer' },
      nullable: { type: ['integer', 'null'] },
      bounded: { type: 'integer', maximum: 5 },
      list: { type: 'array', items: { type: 'integer' } },
      int64: { type: 'number', format: 'int64' },
    },
  };
  const validate = createAjv().compile(withSafeIntegers(schema));

  it('bounds every integer the schema leaves unbounded, and keeps bounds it gives', () => {
    for (const data of [{ plain: 2 ** 53 }, { nullable: -(2 ** 53) }, { list: [1, 2 ** 60] }, { bounded: 6 }])
      expect(validate(data), JSON.stringify(data)).toBe(false);
    expect(validate({ plain: 2 ** 53 - 1, nullable: null, bounded: 5, list: [-(2 ** 53 - 1)] })).toBe(true);
  });

  it('reads format int64 as a safe integer', () => {
    expect(validate({ int64: 2 ** 53 - 1 })).toBe(true);
    expect(validate({ int64: 2 ** 53 })).toBe(false);
  });

  it('leaves the schema it was given as it was', () => {
    withSafeIntegers(schema);
    expect(schema.properties.plain).toEqual({ type: 'integer' });
  });
});

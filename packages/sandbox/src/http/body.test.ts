// Body parsing, case by case: the media type read from Content-Type, and what
// each kind of body text becomes, or why it is refused.
import { describe, expect, it } from 'vitest';
import { MOST_NESTING, mediaTypeOf, parseBody } from './body.js';

describe('mediaTypeOf', () => {
  it.each([
    ['application/json', 'application/json'],
    ['Application/JSON; charset=utf-8', 'application/json'],
    ['  application/x-www-form-urlencoded ;charset=UTF-8', 'application/x-www-form-urlencoded'],
    ['', ''],
    [undefined, ''],
  ])('%j is %j', (header, mediaType) => {
    expect(mediaTypeOf(header)).toBe(mediaType);
  });
});

describe('parseBody', () => {
  const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

  it.each([
    ['a JSON object', '{"Id":1,"Name":"x"}', 'application/json', { ok: true, value: { Id: 1, Name: 'x' } }],
    ['JSON with brackets inside strings', '{"a":"[[[[{"}', 'application/json', { ok: true, value: { a: '[[[[{' } }],
    ['an escaped quote inside a string', '{"a":"\\"[["}', 'application/json', { ok: true, value: { a: '"[[' } }],
    [
      'a form',
      'grant_type=password&username=a%40b.c&password=p+q',
      'application/x-www-form-urlencoded',
      { ok: true, value: { grant_type: 'password', username: 'a@b.c', password: 'p q' } },
    ],
    ['an empty form', '', 'application/x-www-form-urlencoded', { ok: true, value: {} }],
    [`JSON ${MOST_NESTING} levels deep`, deep(MOST_NESTING), 'application/json', { ok: true }],
  ])('reads %s', (_name, text, mediaType, expected) => {
    expect(parseBody(text, mediaType)).toMatchObject(expected);
  });

  it.each([
    ['text that is not JSON', 'not json', /^is not valid JSON \(/],
    ['an empty JSON body', '', /^is not valid JSON \(/],
    ['a cut-off object', '{"Id":', /^is not valid JSON \(/],
    [`JSON ${MOST_NESTING + 1} levels deep`, deep(MOST_NESTING + 1), /^nests arrays or objects deeper than 64 levels$/],
  ])('refuses %s, saying why', (_name, text, message) => {
    const parsed = parseBody(text, 'application/json');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });
});

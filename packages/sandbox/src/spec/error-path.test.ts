import { describe, expect, it } from 'vitest';
import { bracketPath, errorSegments, pointerSegments } from './error-path.js';

describe('error paths', () => {
  it('reads a JSON pointer, escapes included', () => {
    expect(pointerSegments('/a~1b/0/c~0d')).toEqual(['a/b', '0', 'c~d']);
    expect(pointerSegments('')).toEqual([]);
  });

  it('points a required error at the missing property', () => {
    const error = { keyword: 'required', instancePath: '/Parameters/0', params: { missingProperty: 'Value' } };
    expect(errorSegments(error as never)).toEqual(['Parameters', '0', 'Value']);
  });

  it('writes indexes in brackets and names after dots', () => {
    expect(bracketPath(['Parameters', '0', 'Value'])).toBe('Parameters[0].Value');
    expect(bracketPath(['chatRooms', '3', 'BusinessId'])).toBe('chatRooms[3].BusinessId');
    expect(bracketPath([])).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { Faults, faultProblem } from './faults.js';

describe('Faults', () => {
  it('applies a fault to its operation only, for its next N calls, then spends it', () => {
    const faults = new Faults();
    faults.add({ kind: 'error', operationId: 'getChatRoom', times: 2 });
    expect(faults.decide('searchChatRooms')).toBeUndefined();
    expect(faults.decide('getChatRoom')?.kind).toBe('error');
    expect(faults.decide('getChatRoom')?.applied).toBe(2);
    expect(faults.decide('getChatRoom')).toBeUndefined();
    expect(faults.list()).toEqual([]);
  });

  it('draws a share of calls from its seed: the same seed, the same calls', () => {
    const pattern = (seed: number) => {
      const faults = new Faults();
      faults.add({ kind: 'drop', rate: 0.3, seed });
      return Array.from({ length: 40 }, () => (faults.decide('any') ? 1 : 0)).join('');
    };
    expect(pattern(7)).toBe(pattern(7));
    expect(pattern(7)).not.toBe(pattern(8));
    const hits = pattern(7)
      .split('')
      .filter((hit) => hit === '1').length;
    expect(hits).toBeGreaterThan(4);
    expect(hits).toBeLessThan(20);
  });

  it('lets the first fault added that matches win, and removes one or all', () => {
    const faults = new Faults();
    const first = faults.add({ kind: 'latency' });
    faults.add({ kind: 'error' });
    expect(faults.decide('x')?.id).toBe(first.id);
    expect(faults.remove(first.id)).toBe(true);
    expect(faults.decide('x')?.kind).toBe('error');
    faults.remove();
    expect(faults.list()).toEqual([]);
  });

  it('says what is wrong with a spec it cannot apply', () => {
    const ids = new Set(['getChatRoom']);
    expect(faultProblem({ kind: 'error', status: 418 }, ids)).toBe('status must be one of 500, 502, 503, 504');
    expect(faultProblem({ kind: 'drop', rate: 2 }, ids)).toBe('rate must be a number from 0 to 1');
    expect(faultProblem({ kind: 'drop', times: 0 }, ids)).toBe('times must be a positive integer');
    expect(faultProblem({ kind: 'latency', operationId: 'getChatRoom', latencyMs: 10 }, ids)).toBeUndefined();
  });
});

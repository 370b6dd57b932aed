import { describe, expect, it } from 'vitest';
import { orderKey } from './order-key.js';

const collator = new Intl.Collator('en');
const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// A small deterministic generator, so a failure repeats.
function randomTexts(alphabet: string[], count: number, seed = 7) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  );
}

describe('orderKey', () => {
  it.each([
    ['printable ASCII', Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index))],
    ['accented Latin letters', [...' -.aAbBeEzZ09éÉèêëàÀçÇñÑüÜå']],
  ])('orders %s exactly as Intl.Collator("en") does', (_name, alphabet) => {
    const texts = randomTexts(alphabet, 20_000);
    for (let index = 1; index < texts.length; index++) {
      const [a, b] = [texts[index - 1]!, texts[index]!];
      expect(binary(orderKey(a)!, orderKey(b)!), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(
        Math.sign(collator.compare(a, b)),
      );
    }
  });

  it('keeps what the collator ranks: dates by time, lower case before upper, null as null', () => {
    const sorted = ['2024-01-02T00:00:00Z', 'B', 'a', '2023-12-31T23:59:59Z', 'A', 'b'].sort((a, b) =>
      binary(orderKey(a)!, orderKey(b)!),
    );
    expect(sorted).toEqual(['2023-12-31T23:59:59Z', '2024-01-02T00:00:00Z', 'a', 'A', 'b', 'B']);
    expect(orderKey(null)).toBeNull();
  });
});

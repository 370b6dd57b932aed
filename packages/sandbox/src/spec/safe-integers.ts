// A request's integers must survive the trip into SQLite and back out as JSON:
// JavaScript keeps integers exactly only up to 2^53 - 1, so an integer the
// spec leaves unbounded gets that bound (int64 read as "a safe integer").
// Without it 12345678901234567890 was stored as 12345678901234567000.
const SAFE = Number.MAX_SAFE_INTEGER;

type Schema = { [key: string]: unknown };

const isInteger = (schema: Schema) =>
  schema.type === 'integer' || (Array.isArray(schema.type) && schema.type.includes('integer'));

/** A copy of `schema` in which every integer without its own bounds is bounded to the safe integers. */
export function withSafeIntegers<T>(schema: T): T {
  const copy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(copy);
    if (node === null || typeof node !== 'object') return node;
    const copied: Schema = {};
    for (const [key, value] of Object.entries(node)) copied[key] = copy(value);
    if (isInteger(copied)) {
      copied.maximum ??= SAFE;
      copied.minimum ??= -SAFE;
    }
    return copied;
  };
  return copy(schema) as T;
}

// Reads the shape of a dereferenced schema the way a reader of the seed pages
// would: the properties of an object (allOf parts merged), which are required,
// and a short type name for each ("integer", "string", "integer[]", ...).
type Json = any;

export interface ObjectShape {
  properties: Record<string, Json>;
  required: string[];
}

export function objectShape(schema: Json): ObjectShape {
  const shape: ObjectShape = { properties: { ...(schema.properties ?? {}) }, required: [...(schema.required ?? [])] };
  for (const part of schema.allOf ?? []) {
    const inner = objectShape(part);
    Object.assign(shape.properties, inner.properties);
    shape.required.push(...inner.required);
  }
  return shape;
}

// The non-null type of a property, e.g. `["string","null"]` and `anyOf: [DateTime, null]` are both "string".
export function typeName(schema: Json): string {
  const types = new Set<string>();
  const collect = (node: Json) => {
    for (const type of [node.type ?? []].flat())
      if (type !== 'null') types.add(type === 'array' ? `${typeName(node.items)}[]` : type);
    for (const option of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) collect(option);
  };
  collect(schema);
  return [...types].sort().join('|');
}

export function isNullable(schema: Json): boolean {
  return (
    [schema.type ?? []].flat().includes('null') || [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some(isNullable)
  );
}

// Vendor forms that a generated helper converts to or from.

/** The vendor's list form for Ids in a query: `[1,2,3]`. */
export const bracketedIds = (ids: readonly number[]) => `[${ids.join(',')}]`;

/** The one record of an answer that may come as the record or as a one-element array (Popsell, quirk P1). */
export function single<Body>(body: Body): Body extends readonly (infer Item)[] ? Item : Body {
  return (Array.isArray(body) ? body[0] : body) as never;
}

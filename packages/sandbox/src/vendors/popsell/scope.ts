// Which records a request may see. A route that declares `X-Popsell-Brand`
// acts for that one brand (index.ts has already refused a brand the token
// may not act for); a route that does not acts for every brand of its token.
import type { Handler, RequestContext } from '../../http/vendor.js';
import type { PopsellClient } from './accounts.js';
import type { PopsellTables } from './tables.js';

export type H = Handler<PopsellClient>;
export type Context = RequestContext<PopsellClient>;

export const declaresBrand = (context: Pick<Context, 'operation'>) =>
  context.operation.parameters.header.names.includes('x-popsell-brand');

export function actingBrands(context: Context): number[] {
  return declaresBrand(context) ? [Number(context.headers['x-popsell-brand'])] : context.principal!.brands;
}

export function chatroomFor(tables: PopsellTables, context: Context, id: number) {
  const room = tables.chatrooms.get(id);
  return room && actingBrands(context).includes(room.brand) ? room : undefined;
}

export function ambassadorFor(tables: PopsellTables, context: Context, id: number) {
  const ambassador = tables.ambassadors.get(id);
  const brands = actingBrands(context);
  return ambassador?.brands.some((brand) => brands.includes(brand)) ? ambassador : undefined;
}

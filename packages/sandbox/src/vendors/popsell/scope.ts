// Which records a request may see. A route that declares `X-Popsell-Brand`
// acts for that one brand (index.ts has already refused a brand the token
// may not act for); a route that does not acts for every brand of its token.
import type { IncomingHttpHeaders } from 'node:http';
import type { operations } from '../../generated/popsell.js';
import type { OperationContext, OperationHandler, OperationHandlers } from '../../http/typed.js';
import type { Operation } from '../../spec/operations.js';
import type { PopsellClient } from './accounts.js';
import type { PopsellTables } from './tables.js';

export type PopsellOperations = operations;
export type OperationId = keyof operations;
/** The handler of one operation, typed by the spec. */
export type H<Id extends OperationId> = OperationHandler<operations[Id], PopsellClient>;
export type Context<Id extends OperationId> = OperationContext<operations[Id], PopsellClient>;
/** Handlers for some of the operations. */
export type Handlers<Ids extends OperationId> = Pick<OperationHandlers<operations, PopsellClient>, Ids>;

/** What a request says of whom it acts for: its route, its brand header and its token. */
export interface Scope {
  operation: Operation;
  headers: IncomingHttpHeaders;
  principal: PopsellClient | null;
}

export const declaresBrand = (context: Pick<Scope, 'operation'>) =>
  context.operation.parameters.header.names.includes('x-popsell-brand');

export function actingBrands(context: Scope): number[] {
  return declaresBrand(context) ? [Number(context.headers['x-popsell-brand'])] : context.principal!.brands;
}

export function chatroomFor(tables: PopsellTables, context: Scope, id: number) {
  const room = tables.chatrooms.get(id);
  return room && actingBrands(context).includes(room.brand) ? room : undefined;
}

export function ambassadorFor(tables: PopsellTables, context: Scope, id: number) {
  const ambassador = tables.ambassadors.get(id);
  const brands = actingBrands(context);
  return ambassador?.brands.some((brand) => brands.includes(brand)) ? ambassador : undefined;
}

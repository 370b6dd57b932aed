// Which records a request may see, and as whom it may act. A route that
// declares `X-Popsell-Brand` acts for that one brand (index.ts has already
// refused a brand the token may not act for); a route that does not acts for
// every brand of its token. A brand's token acts for any ambassador of its
// brands; an ambassador's token (a guest's, or a brand user's from POST
// /auth/brand) acts only as that ambassador and the guests bound to it, and
// reads only the chat rooms they are in (quirk P28).
import type { IncomingHttpHeaders } from 'node:http';
import type { operations } from '../../generated/popsell.js';
import type { OperationContext, OperationHandler, OperationHandlers } from '../../http/typed.js';
import type { Operation } from '../../spec/operations.js';
import type { PopsellClient } from './accounts.js';
import type { ChatroomRecord } from './records.js';
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

/**
 * The ambassadors an ambassador's token acts as: itself and the guests bound
 * to it. Undefined for a brand's token, which may act for any of its brand.
 */
function identitiesOf(tables: Pick<PopsellTables, 'ambassadors'>, principal: PopsellClient | null) {
  const own = principal?.id_ambassador;
  if (own === undefined) return undefined;
  return [own, ...(tables.ambassadors.get(own)?.guests ?? [])];
}

/** Whether the request's token may act as this ambassador (post as it, change its state or its record). */
export function mayActAs(tables: Pick<PopsellTables, 'ambassadors'>, context: Scope, ambassador: number) {
  return identitiesOf(tables, context.principal)?.includes(ambassador) ?? true;
}

/** Whether the request's token may see this chat room: a brand's token any of its brand, an ambassador's only its own. */
export function mayRead(tables: Pick<PopsellTables, 'ambassadors'>, context: Scope, room: ChatroomRecord) {
  const identities = identitiesOf(tables, context.principal);
  return identities === undefined || room.members.some((member) => identities.includes(member.id_ambassador));
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

// The Nexudus sandbox: its users, its answers, and a handler per operation.

import type { Issue } from '../../http/issues.js';
import { type OperationHandlers, serverHandlers } from '../../http/typed.js';
import type { Vendor } from '../../http/vendor.js';
import type { Operation } from '../../spec/operations.js';
import type { Store } from '../../store/store.js';
import { authenticate, hasRoles, type NexudusUser } from './accounts.js';
import { notFound, oauthError, propertyErrors, refused, validationFailed } from './answers.js';
import { chatRoomHandlers } from './chat-rooms.js';
import { chatUserMessageHandlers } from './chat-user-messages.js';
import type { NexudusOperations } from './operations.js';
import type { NexudusTables } from './tables.js';
import { tokenHandlers } from './token.js';

export { NEXUDUS_USERS, SANDBOX_PASSWORD } from './accounts.js';
export { nexudusDemoState, nexudusEmptyState } from './demo.js';
export type { NexudusState } from './records.js';
export { NEXUDUS_STORE, type NexudusTables } from './tables.js';

// The token endpoint answers 400 in OAuth2's words; the spec says which
// operations do, by the shape of their 400 body.
const answersInOAuthWords = (operation: Operation) =>
  Boolean(operation.spec.responses?.['400']?.content?.['application/json']?.schema?.properties?.error);

// Nexudus's token server (OWIN) answers unsupported_grant_type whenever it
// cannot read a grant_type it knows, as the vendor documents for a JSON body;
// RFC 6749 would say invalid_request for a missing one (quirk N38). The
// description names what is wrong, which the vendor leaves to guesswork.
function oauthInvalid(issues: Issue[]) {
  const describe = (issue: Issue) => `${issue.field || 'the body'} ${issue.message}`;
  const grant = issues.find(
    (issue) => issue.field === 'grant_type' || issue.kind === 'media-type' || issue.kind === 'malformed',
  );
  if (grant?.field === 'grant_type' && grant.kind === 'invalid')
    return oauthError('unsupported_grant_type', 'grant_type must be "password" or "refresh_token"');
  if (grant) return oauthError('unsupported_grant_type', describe(grant));
  return oauthError('invalid_request', issues.map(describe).join('; '));
}

export function createNexudusVendor(store: Store<NexudusTables>): Vendor<NexudusUser> {
  const handlers: OperationHandlers<NexudusOperations, NexudusUser> = {
    ...tokenHandlers(store),
    ...chatRoomHandlers(store),
    ...chatUserMessageHandlers(store),
  };
  return {
    api: 'nexudus',
    caseInsensitiveQuery: true,
    authenticate: (authorization, schemes) => authenticate(authorization, schemes, store.reads.tokens),
    hasRoles,
    handlers: serverHandlers(handlers),
    errors: {
      unauthorized: () => ({
        ...refused(401, 'Authorization has been denied for this request.'),
        headers: { 'www-authenticate': 'Bearer, Basic' },
      }),
      forbidden: (operation) =>
        refused(
          403,
          `Authorization has been denied for this request: the role ${operation.requiredRoles.join(', ')} is required.`,
        ),
      noSuchResource: notFound,
      invalid: (operation, issues) =>
        answersInOAuthWords(operation) ? oauthInvalid(issues) : validationFailed(propertyErrors(issues)),
      // ASP.NET Web API's own words.
      methodNotAllowed: (method) => refused(405, `The requested resource does not support http method '${method}'.`),
      noRoute: (method, path) =>
        refused(404, `No HTTP resource was found that matches the request URI '${path}' for the method ${method}.`),
      message: refused,
      // The vendor documents no rate limit (facts A1); ASP.NET would answer its {Message} with Retry-After.
      rateLimited: (seconds) => ({
        ...refused(429, `Too many requests: wait ${seconds} s and send it again.`),
        headers: { 'retry-after': String(seconds) },
      }),
      internal: () => refused(500, 'An error has occurred.'),
    },
  };
}

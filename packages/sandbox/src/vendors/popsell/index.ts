// The Popsell sandbox: bearer tokens scoped to brands, Laravel-style errors,
// and a handler per operation.
import type { Issue } from '../../http/issues.js';
import { type OperationHandlers, serverHandlers } from '../../http/typed.js';
import type { Handler, Vendor } from '../../http/vendor.js';
import type { Store } from '../../store/store.js';
import { authenticate, type PopsellClient } from './accounts.js';
import { ambassadorHandlers } from './ambassadors.js';
import { chatroomNotFound, forbidden, MOST_PAGE, message, unprocessable } from './answers.js';
import { authHandlers } from './auth.js';
import { chatroomHandlers, type PopsellAnswerForm } from './chatrooms.js';
import { messageHandlers } from './messages.js';
import { declaresBrand, type PopsellOperations } from './scope.js';
import type { PopsellTables } from './tables.js';

export { POPSELL_API_KEYS, POPSELL_TOKENS } from './accounts.js';
export type { PopsellAnswerForm } from './chatrooms.js';
export { popsellDemoState, popsellEmptyState } from './demo.js';
export type { PopsellState } from './records.js';
export { POPSELL_STORE, type PopsellTables } from './tables.js';

/** A route that names a brand answers 403 when the token may not act for it, before anything else. */
const brandChecked =
  (handler: Handler<PopsellClient>): Handler<PopsellClient> =>
  (context) => {
    const { principal, headers } = context;
    if (principal && declaresBrand(context) && !principal.brands.includes(Number(headers['x-popsell-brand'])))
      return forbidden();
    return handler(context);
  };

/** A page or page size past what the paginator's int32 fields carry is refused as Laravel would refuse it. */
const pagingChecked =
  (handler: Handler<PopsellClient>): Handler<PopsellClient> =>
  (context) => {
    const tooLarge = (['page', 'per_page'] as const).filter((name) => Number(context.query[name]) > MOST_PAGE);
    if (tooLarge.length)
      return unprocessable(tooLarge.map((field) => ({ field, message: `must not be greater than ${MOST_PAGE}` })));
    return handler(context);
  };

export function createPopsellVendor(
  store: Store<PopsellTables>,
  answerForm: PopsellAnswerForm = 'object',
): Vendor<PopsellClient> {
  const handlers: OperationHandlers<PopsellOperations, PopsellClient> = {
    ...authHandlers(store),
    ...ambassadorHandlers(store),
    ...chatroomHandlers(store, answerForm),
    ...messageHandlers(store),
  };
  return {
    api: 'popsell',
    caseInsensitiveQuery: false,
    authenticate: (authorization, schemes) => authenticate(authorization, schemes, store.reads.tokens),
    hasRoles: () => true,
    handlers: Object.fromEntries(
      Object.entries(serverHandlers(handlers)).map(([id, handler]) => [id, brandChecked(pagingChecked(handler))]),
    ),
    errors: {
      unauthorized: () => message(401, 'Unauthorized.'),
      forbidden,
      noSuchResource: chatroomNotFound,
      invalid: (_operation, issues: Issue[]) => unprocessable(issues),
      // Laravel's own words.
      methodNotAllowed: (method, path, allowed) =>
        message(
          405,
          `The ${method} method is not supported for route ${path.replace(/^\//, '')}. Supported methods: ${allowed.join(', ')}.`,
        ),
      noRoute: (_method, path) => message(404, `The route ${path.replace(/^\//, '')} could not be found.`),
      message,
      // Laravel's throttle middleware: its words and headers (the vendor documents no limit, facts B1).
      rateLimited: (seconds) => ({
        ...message(429, 'Too Many Attempts.'),
        headers: { 'retry-after': String(seconds), 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0' },
      }),
      internal: () => message(500, 'Server Error'),
    },
  };
}

// The Popsell sandbox: bearer tokens scoped to brands, Laravel-style errors.
import type { Issue } from '../../http/issues.js';
import type { Handler, Reply, Vendor } from '../../http/vendor.js';
import type { Store } from '../../store/store.js';
import { authenticate, type PopsellClient } from './accounts.js';
import { chatroomOnWire, type PopsellState } from './records.js';

export { POPSELL_TOKENS } from './accounts.js';
export { popsellDemoState, popsellEmptyState } from './demo.js';
export type { PopsellState } from './records.js';

/** How PATCH /chat/chatrooms/{id} answers: the documented object, or the one-element array of the vendor's example. */
export type PopsellAnswerForm = 'object' | 'array';

const message = (status: number, text: string): Reply => ({ status, body: { message: text } });
const chatroomNotFound = () => message(404, 'The chatroom does not exist');

// Laravel's wording: "The established dialogue field must be ..." and a count of the others.
function unprocessable(issues: Issue[]): Reply {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const field = issue.field || 'body';
    errors[field] ??= [];
    errors[field].push(`The ${field.replaceAll('_', ' ')} field ${issue.message}.`);
  }
  const all = Object.values(errors).flat();
  const more = all.length - 1;
  return {
    status: 422,
    body: { message: more ? `${all[0]} (and ${more} more error${more > 1 ? 's' : ''})` : all[0], errors },
  };
}

export function createPopsellVendor(
  store: Store<PopsellState>,
  answerForm: PopsellAnswerForm = 'object',
): Vendor<PopsellClient> {
  const updateChatroom: Handler<PopsellClient> = async ({ path, headers, body, principal }) => {
    const brand = Number(headers['x-popsell-brand']);
    if (!principal!.brands.includes(brand)) return message(403, "You don't have permission to access this route");
    const room = store.state.chatrooms[path.id];
    if (!room || room.brand !== brand) return chatroomNotFound();
    if (body && 'established_dialogue' in body) {
      await store.mutate(() => {
        room.established_dialogue = body.established_dialogue;
      });
    }
    const chatroom = chatroomOnWire(room);
    return { status: 200, body: answerForm === 'array' ? [chatroom] : chatroom };
  };

  return {
    api: 'popsell',
    caseInsensitiveQuery: false,
    authenticate,
    hasRoles: () => true,
    handlers: { updateChatroom },
    errors: {
      unauthorized: () => message(401, 'Unauthorized.'),
      forbidden: () => message(403, "You don't have permission to access this route"),
      noSuchResource: chatroomNotFound,
      invalid: (_operation, issues) => unprocessable(issues),
      noRoute: (_method, path) => message(404, `The route ${path.replace(/^\//, '')} could not be found.`),
      internal: () => message(500, 'Server Error'),
    },
  };
}

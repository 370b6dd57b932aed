// ChatUserMessage: the full-replace update.
import type { Handler } from '../../http/vendor.js';
import type { Store } from '../../store/store.js';
import type { NexudusUser } from './accounts.js';
import { actionDone, notFound } from './answers.js';
import { type NexudusState, nexudusNow } from './records.js';

export function chatUserMessageHandlers(store: Store<NexudusState>): Record<string, Handler<NexudusUser>> {
  return {
    updateChatUserMessage: async ({ body, principal }) => {
      if (!store.state.chatUserMessages[body.Id]) return notFound();
      await store.mutate((state) => {
        const removed = new Set<number>(body.RemovedToUsers ?? []);
        Object.assign(state.chatUserMessages[body.Id]!, {
          FromUserId: body.FromUserId,
          ToUsers: [...new Set<number>([...(body.ToUsers ?? []), ...(body.AddedToUsers ?? [])])].filter(
            (user) => !removed.has(user),
          ),
          ChatText: body.ChatText ?? null,
          Delievered: body.Delievered ?? false,
          UpdatedOn: nexudusNow(),
          UpdatedBy: principal!.email,
        });
      });
      return actionDone('ChatUserMessage was successfully updated.', { Id: body.Id }, principal!.email);
    },
  };
}

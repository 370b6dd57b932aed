// JSON data files written by sandbox 0.1 stored each chat room's ambassadors
// inside it and had no messages. Converting such a file into a database
// first brings its JSON to the 0.2 form, which tables.ts then imports.
// (A database's own schema changes are migrations: schema.ts.)
import type { AmbassadorRecord, ChatroomRecord, PopsellState } from './records.js';

interface OldAmbassador extends Omit<AmbassadorRecord, 'brands' | 'brand_tags' | 'guests'> {
  pivot: { last_read_message: number | null; is_blocked: boolean; archived: boolean };
}
type OldChatroom = Omit<ChatroomRecord, 'members'> & { ambassadors: OldAmbassador[] };

export function upgradeState(state: PopsellState) {
  if (state.ambassadors) return;
  const old = state as unknown as { chatrooms: Record<string, OldChatroom> };
  let highest = 0;
  state.ambassadors = {};
  for (const room of Object.values(old.chatrooms)) {
    highest = Math.max(highest, room.id_chatroom);
    const upgraded = room as unknown as ChatroomRecord;
    upgraded.members = room.ambassadors.map(({ pivot, ...ambassador }) => {
      highest = Math.max(highest, ambassador.id_ambassador);
      const known = state.ambassadors[ambassador.id_ambassador];
      if (known) known.brands = [...new Set([...known.brands, room.brand])];
      else
        state.ambassadors[ambassador.id_ambassador] = {
          ...ambassador,
          brands: [room.brand],
          brand_tags: [],
          guests: [],
        };
      return { id_ambassador: ambassador.id_ambassador, ...pivot, flag: null };
    });
    delete (room as Partial<OldChatroom>).ambassadors;
  }
  Object.assign(state, { nextId: highest + 1, messages: {}, tokens: {}, webPushes: [] });
}

// What a bulk import takes for Nexudus: chat rooms and chat user messages as a
// read by Id answers them (the spec's ChatRoom and ChatUserMessage). A field
// left out gets what a create would give it: the entity's own `writable`.
import { randomUUID } from 'node:crypto';
import type { ImportPlan } from '../../admin/imports.js';
import { CHAT_ROOM } from './chat-rooms.js';
import { CHAT_USER_MESSAGE } from './chat-user-messages.js';
import type { NexudusEntity, StoredRecord, WriteBody } from './entity.js';
import type { EntityName } from './operations.js';
import { nexudusNow } from './records.js';
import type { NexudusTables } from './tables.js';

type Read = Record<string, unknown>;

/** The stamps a read carries, or what a create would give them. */
const stamps = (read: Read) => {
  const created = (read.CreatedOn as string | undefined) ?? nexudusNow();
  return {
    UniqueId: (read.UniqueId as string | undefined) ?? randomUUID(),
    CreatedOn: created,
    UpdatedOn: (read.UpdatedOn as string | undefined) ?? created,
    UpdatedBy: (read.UpdatedBy as string | null | undefined) ?? null,
  };
};

/** A record read from the API as the entity stores it: its writable fields as a create sets them, then its stamps. */
const recordOf = <R extends StoredRecord, Name extends EntityName>(entity: NexudusEntity<R, Name>, read: Read) =>
  ({ Id: read.Id as number, ...entity.writable(read as WriteBody<Name>), ...stamps(read) }) as R;

export const NEXUDUS_IMPORTS: ImportPlan<NexudusTables> = {
  collections: {
    chatRooms: {
      component: 'ChatRoom',
      save(tables, read: Read) {
        const record = recordOf(CHAT_ROOM, read);
        tables.chatRooms.save(record);
        return record.Id;
      },
    },
    chatUserMessages: {
      component: 'ChatUserMessage',
      save(tables, read: Read) {
        const record = recordOf(CHAT_USER_MESSAGE, read);
        tables.chatUserMessages.save(record);
        return record.Id;
      },
    },
  },
};
